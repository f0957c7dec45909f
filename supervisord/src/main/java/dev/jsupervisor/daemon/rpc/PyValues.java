package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.config.value.PyRepr;
import dev.jsupervisor.xmlrpc.XmlRpcDateTime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the reference's Python sees the values of a request where that shows on the wire: their
 * str() in fault texts ("INCORRECT_PARAMETERS: [1, 'x']"), their truth value (wait=''), their
 * type names in the errors multicall reports, and how *args spreads them.
 */
public final class PyValues {
    private PyValues() {}

    /** Python's type name of a decoded XML-RPC value. */
    static String typeName(Object value) {
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Integer || value instanceof Long) {
            return "int";
        }
        if (value instanceof Double) {
            return "float";
        }
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof List<?>) {
            return "list";
        }
        if (value instanceof Map<?, ?>) {
            return "dict";
        }
        if (value instanceof XmlRpcDateTime) {
            return "DateTime";
        }
        return "NoneType";
    }

    /** The AttributeError the reference raises calling a str method on something else (HTTP 500). */
    static RpcInternalError noAttribute(Object value, String attribute) {
        return new RpcInternalError("<class 'AttributeError'>:'" + typeName(value) + "' object has no attribute '"
                + attribute + "'");
    }

    /** Python's bool(value). */
    static boolean truth(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Integer i) {
            return i != 0;
        }
        if (value instanceof Long l) {
            return l != 0;
        }
        if (value instanceof Double d) {
            return d != 0.0;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof List<?> list) {
            return !list.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return value != null;
    }

    /** Python's str(value). */
    public static String str(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof XmlRpcDateTime t) {
            return t.text();
        }
        return repr(value);
    }

    /** Python's repr(value). */
    static String repr(Object value) {
        if (value instanceof String s) {
            return PyRepr.of(s);
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Double d) {
            return floatRepr(d);
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(repr(item)));
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> items = new ArrayList<>();
            map.forEach((k, v) -> items.add(repr(k) + ": " + repr(v)));
            return "{" + String.join(", ", items) + "}";
        }
        if (value instanceof XmlRpcDateTime t) {
            return "<DateTime '" + t.text() + "'>";
        }
        return value == null ? "None" : value.toString();
    }

    /** Python's float repr for the usual cases: integral values keep ".0", others their shortest digits. */
    private static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return new BigDecimal(d).toBigInteger() + ".0";
        }
        return Double.toString(d);
    }

    /**
     * The arguments {@code f(*params)} receives: a list as it is, a string as its characters, a
     * struct as its keys; null when Python would raise TypeError (not iterable).
     */
    static List<Object> spread(Object params) {
        if (params instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (params instanceof String s) {
            List<Object> chars = new ArrayList<>();
            s.codePoints().forEach(cp -> chars.add(new String(Character.toChars(cp))));
            return chars;
        }
        if (params instanceof Map<?, ?> map) {
            return new ArrayList<>(map.keySet());
        }
        return null;
    }
}
