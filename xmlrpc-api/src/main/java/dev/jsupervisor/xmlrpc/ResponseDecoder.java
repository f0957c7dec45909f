package dev.jsupervisor.xmlrpc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a methodResponse the way Python's xmlrpc.client does (what supervisorctl uses): all integer
 * tags (int, i4, i8, ...) are ints, {@code <nil/>} is null, booleans must be exactly 0 or 1,
 * base64 gives bytes, dateTime keeps its text, an unknown tag inside a value is an error.
 */
final class ResponseDecoder {
    private ResponseDecoder() { }

    static MethodResponse decode(Node root) throws XmlRpcParseException {
        RequestDecoder.expectName(root, "methodResponse");
        for (Node child : root.children) {
            if (child.name.equals("params")) {
                return MethodResponse.ofValue(params(child));
            }
            if (child.name.equals("fault")) {
                return fault(child);
            }
        }
        throw new XmlRpcParseException(Messages.NO_PARAMS);
    }

    /** One param is the value; any other count is returned as a list, like Python's tuple. */
    private static Object params(Node params) throws XmlRpcParseException {
        List<Object> values = new ArrayList<>();
        for (Node param : params.children) {
            values.add(value(valueChild(param)));
        }
        return values.size() == 1 ? values.get(0) : values;
    }

    private static MethodResponse fault(Node fault) throws XmlRpcParseException {
        Object v = value(valueChild(fault));
        if (v instanceof Map<?, ?> m && m.size() == 2
                && m.get("faultCode") instanceof Integer code && m.get("faultString") instanceof String text) {
            return MethodResponse.ofFault(code, text);
        }
        throw new XmlRpcParseException(Messages.BAD_FAULT);
    }

    private static Node valueChild(Node parent) throws XmlRpcParseException {
        Node v = parent.firstChild();
        if (!v.name.equals("value")) {
            throw new XmlRpcParseException(String.format(Messages.UNKNOWN_TAG, v.name));
        }
        return v;
    }

    private static Object value(Node value) throws XmlRpcParseException {
        if (value.children.isEmpty()) {
            return RequestDecoder.orEmpty(value.text());
        }
        return typed(value.children.get(0));
    }

    private static Object typed(Node t) throws XmlRpcParseException {
        // Python falls back to the local part of prefixed tags (Apache's ex:i8, ex:nil)
        String name = t.name.substring(t.name.indexOf(':') + 1);
        return switch (name) {
            case "int", "i1", "i2", "i4", "i8", "biginteger" -> PythonNumbers.parseInt(t.text());
            case "boolean" -> bool(t.text());
            case "string" -> RequestDecoder.orEmpty(t.text());
            case "double", "float", "bigdecimal" -> PythonNumbers.parseDouble(t.text());
            case "dateTime.iso8601" -> new XmlRpcDateTime(RequestDecoder.orEmpty(t.text()));
            case "base64" -> RequestDecoder.decodeBase64(RequestDecoder.orEmpty(t.text()));
            case "nil" -> null;
            case "array" -> array(t);
            case "struct" -> struct(t);
            default -> throw new XmlRpcParseException(String.format(Messages.UNKNOWN_TAG, t.name));
        };
    }

    private static Boolean bool(String text) throws XmlRpcParseException {
        if ("1".equals(text)) {
            return Boolean.TRUE;
        }
        if ("0".equals(text)) {
            return Boolean.FALSE;
        }
        throw new XmlRpcParseException(Messages.BAD_BOOLEAN);
    }

    private static List<Object> array(Node array) throws XmlRpcParseException {
        Node data = array.firstChild();
        List<Object> items = new ArrayList<>(data.children.size());
        for (Node v : data.children) {
            if (!v.name.equals("value")) {
                throw new XmlRpcParseException(String.format(Messages.UNKNOWN_TAG, v.name));
            }
            items.add(value(v));
        }
        return items;
    }

    private static Map<String, Object> struct(Node struct) throws XmlRpcParseException {
        Map<String, Object> members = new LinkedHashMap<>();
        for (Node member : struct.children) {
            if (member.children.size() != 2 || !member.children.get(0).name.equals("name")
                    || !member.children.get(1).name.equals("value")) {
                throw new XmlRpcParseException(Messages.MEMBER_SHAPE);
            }
            members.put(RequestDecoder.orEmpty(member.children.get(0).text()), value(member.children.get(1)));
        }
        return members;
    }
}
