package dev.jsupervisor.xmlrpc;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a methodCall the way supervisord 4.2.5 does (its own ElementTree-based loads, not Python's
 * xmlrpc.client): every element stands for its first child's value, and tags it does not know keep
 * their raw text. Observed on the reference: {@code <i8>5</i8>} arrives as the string "5",
 * {@code <nil/>} as None (null here), {@code <boolean>true</boolean>} as False, {@code <base64>}
 * as a UTF-8 string, untyped {@code <value>} text as a string with its whitespace.
 */
final class RequestDecoder {
    private RequestDecoder() { }

    static MethodCall decode(Node root) throws XmlRpcParseException {
        expectName(root, "methodCall");
        String method = null;
        List<Object> params = List.of();
        for (Node child : root.children) {
            if (child.name.equals("methodName")) {
                method = child.text();
            } else if (child.name.equals("params")) {
                params = list(child);
            }
        }
        return new MethodCall(method, params);
    }

    static void expectName(Node root, String name) throws XmlRpcParseException {
        if (root == null || !root.name.equals(name)) {
            throw new XmlRpcParseException(String.format(Messages.ROOT, name, root == null ? "" : root.name));
        }
    }

    /** The value an element stands for, as supervisord's unmarshallers compute it. */
    private static Object data(Node n) throws XmlRpcParseException {
        return switch (n.name) {
            case "int", "i4" -> PythonNumbers.parseInt(n.text());
            case "boolean" -> "1".equals(n.text());
            case "string" -> orEmpty(n.text());
            case "double" -> PythonNumbers.parseDouble(n.text());
            case "dateTime.iso8601" -> dateTime(n.text());
            case "base64" -> base64Text(orEmpty(n.text()));
            case "array", "param" -> data(n.firstChild());
            case "data", "params" -> list(n);
            case "struct" -> struct(n);
            case "value" -> n.children.isEmpty() ? orEmpty(n.text()) : data(n.children.get(0));
            default -> n.text(); // unknown tag: raw text, null when empty
        };
    }

    private static List<Object> list(Node n) throws XmlRpcParseException {
        List<Object> items = new ArrayList<>(n.children.size());
        for (Node child : n.children) {
            items.add(data(child));
        }
        return items;
    }

    /** Members are read by position (first child is the key, second the value), names unchecked. */
    private static Map<String, Object> struct(Node n) throws XmlRpcParseException {
        Map<String, Object> members = new LinkedHashMap<>();
        for (Node member : n.children) {
            if (member.children.size() != 2) {
                throw new XmlRpcParseException(Messages.MEMBER_SHAPE);
            }
            Object key = data(member.children.get(0));
            if (key != null && !(key instanceof String)) {
                throw new XmlRpcParseException(Messages.KEY_TYPE);
            }
            members.put(orEmpty((String) key), data(member.children.get(1)));
        }
        return members;
    }

    private static XmlRpcDateTime dateTime(String text) throws XmlRpcParseException {
        XmlRpcDateTime t = new XmlRpcDateTime(orEmpty(text));
        if (!t.isWellFormed()) {
            throw new XmlRpcParseException(String.format(Messages.BAD_DATETIME, PythonNumbers.shorten(text)));
        }
        return t;
    }

    private static String base64Text(String text) throws XmlRpcParseException {
        byte[] bytes = decodeBase64(text);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new XmlRpcParseException(Messages.BAD_UTF8, e);
        }
    }

    /** Lenient like Python's decodebytes: characters outside the alphabet (line breaks) are skipped. */
    static byte[] decodeBase64(String text) throws XmlRpcParseException {
        try {
            return Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new XmlRpcParseException(Messages.BAD_BASE64, e);
        }
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
