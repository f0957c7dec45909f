package dev.jsupervisor.xmlrpc;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes XML-RPC documents byte-for-byte as Python 3.11's {@code xmlrpc.client.dumps} does, which is
 * what supervisord sends and supervisorctl posts. Layout quirks kept on purpose: one element per
 * line except {@code <value><type>}; only {@code & < >} escaped (quotes, CR and control characters
 * pass through raw, as Python lets them); the method name is written unescaped; base64 is wrapped
 * at 76 columns.
 *
 * <p>Java types: Integer/Short/Byte and Long within 32 bits -> int; Boolean; String; Double/Float;
 * byte[] -> base64; {@link XmlRpcDateTime}; List or Object[] -> array; Map with String keys ->
 * struct (in the map's iteration order). Anything else, null, or an int beyond 32 bits throws
 * IllegalArgumentException with Python's message.
 */
public final class XmlRpcWriter {
    private static final String HEADER = "<?xml version='1.0'?>\n";
    /** encodebytes: 76 base64 characters per line, each line ending in a newline. */
    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(76, new byte[] {'\n'});

    private final Utf8Output out = new Utf8Output();

    /** The tags around scalar values, encoded once: most of a reply's bytes are these. */
    private enum Scalar {
        BOOLEAN("boolean"), INT("int"), DOUBLE("double"), STRING("string"), DATETIME("dateTime.iso8601");

        final byte[] open;
        final byte[] close;

        Scalar(String type) {
            open = ascii("<value><" + type + ">");
            close = ascii("</" + type + "></value>\n");
        }
    }

    private static final byte[] MEMBER_OPEN = ascii("<member>\n<name>");
    private static final byte[] NAME_CLOSE = ascii("</name>\n");
    private static final byte[] MEMBER_CLOSE = ascii("</member>\n");
    private static final byte[] STRUCT_OPEN = ascii("<value><struct>\n");
    private static final byte[] STRUCT_CLOSE = ascii("</struct></value>\n");
    private static final byte[] ARRAY_OPEN = ascii("<value><array><data>\n");
    private static final byte[] ARRAY_CLOSE = ascii("</data></array></value>\n");
    /** Containers being written, to refuse cycles instead of overflowing the stack. */
    private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());

    private XmlRpcWriter() { }

    /** A {@code methodCall} document: what a client posts. */
    public static String methodCall(String methodName, List<?> params) {
        XmlRpcWriter w = new XmlRpcWriter();
        // Python writes the name as given, unescaped; names are code constants, so nothing to escape.
        w.out.append(HEADER).append("<methodCall>\n<methodName>").append(methodName).append("</methodName>\n");
        w.params(params);
        return w.out.append("</methodCall>\n").toString();
    }

    /** A successful {@code methodResponse} carrying one value. */
    public static String methodResponse(Object value) {
        return response(value).toString();
    }

    /** {@link #methodResponse} as the UTF-8 bytes sent on the wire. */
    public static byte[] methodResponseUtf8(Object value) {
        return response(value).toBytes();
    }

    private static Utf8Output response(Object value) {
        XmlRpcWriter w = new XmlRpcWriter();
        w.out.append(HEADER).append("<methodResponse>\n");
        w.params(Collections.singletonList(value));
        return w.out.append("</methodResponse>\n");
    }

    /** A fault {@code methodResponse}: struct of faultCode (int) then faultString (string). */
    public static String fault(int code, String faultString) {
        return faultDocument(code, faultString).toString();
    }

    /** {@link #fault} as the UTF-8 bytes sent on the wire. */
    public static byte[] faultUtf8(int code, String faultString) {
        return faultDocument(code, faultString).toBytes();
    }

    private static Utf8Output faultDocument(int code, String faultString) {
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("faultCode", code);
        struct.put("faultString", faultString);
        XmlRpcWriter w = new XmlRpcWriter();
        w.out.append(HEADER).append("<methodResponse>\n<fault>\n");
        w.value(struct);
        return w.out.append("</fault>\n</methodResponse>\n");
    }

    /** The document as the bytes sent on the wire (UTF-8, as Python's default encoding). */
    public static byte[] utf8(String document) {
        return document.getBytes(StandardCharsets.UTF_8);
    }

    private void params(List<?> params) {
        out.append("<params>\n");
        for (Object p : params) {
            out.append("<param>\n");
            value(p);
            out.append("</param>\n");
        }
        out.append("</params>\n");
    }

    private void value(Object v) {
        if (v instanceof Boolean b) {
            scalar(Scalar.BOOLEAN, b ? "1" : "0");
        } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            scalar(Scalar.INT, v.toString());
        } else if (v instanceof Long l) {
            scalar(Scalar.INT, Integer.toString(checkedInt(l)));
        } else if (v instanceof Double || v instanceof Float) {
            scalar(Scalar.DOUBLE, PythonFloat.repr(((Number) v).doubleValue()));
        } else if (v instanceof String s) {
            scalar(Scalar.STRING, escape(s));
        } else if (v instanceof byte[] bytes) {
            base64(bytes);
        } else if (v instanceof XmlRpcDateTime t) {
            scalar(Scalar.DATETIME, t.text()); // Python writes DateTime text unescaped
        } else if (v instanceof List<?> || v instanceof Object[]) {
            array(v instanceof List<?> list ? list : Arrays.asList((Object[]) v), v);
        } else if (v instanceof Map<?, ?> map) {
            struct(map);
        } else if (v == null) {
            throw new IllegalArgumentException(Messages.CANNOT_MARSHAL_NONE);
        } else {
            throw new IllegalArgumentException(String.format(Messages.CANNOT_MARSHAL, v.getClass().getName()));
        }
    }

    private static int checkedInt(long l) {
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(Messages.INT_OVERFLOW);
        }
        return (int) l;
    }

    private void scalar(Scalar type, String text) {
        out.append(type.open).append(text).append(type.close);
    }

    private static byte[] ascii(String constant) {
        return constant.getBytes(StandardCharsets.US_ASCII);
    }

    private void base64(byte[] bytes) {
        out.append("<value><base64>\n");
        if (bytes.length > 0) {
            out.append(BASE64.encodeToString(bytes)).append('\n');
        }
        out.append("</base64></value>\n");
    }

    private void array(List<?> items, Object identity) {
        enter(identity);
        out.append(ARRAY_OPEN);
        for (Object item : items) {
            value(item);
        }
        out.append(ARRAY_CLOSE);
        open.remove(identity);
    }

    private void struct(Map<?, ?> map) {
        enter(map);
        out.append(STRUCT_OPEN);
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException(Messages.KEY_NOT_STRING);
            }
            out.append(MEMBER_OPEN).append(escape(key)).append(NAME_CLOSE);
            value(e.getValue());
            out.append(MEMBER_CLOSE);
        }
        out.append(STRUCT_CLOSE);
        open.remove(map);
    }

    private void enter(Object container) {
        if (!open.add(container)) {
            throw new IllegalArgumentException(Messages.RECURSIVE);
        }
    }

    /** Python's xmlrpc escape: exactly these three characters, nothing else. */
    static String escape(String s) {
        if (s.indexOf('&') < 0 && s.indexOf('<') < 0 && s.indexOf('>') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
