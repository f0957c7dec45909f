package dev.jsupervisor.config.value;

import java.util.Map;

/**
 * Python's {@code repr()} and {@code ascii()} of a str, and of the few other values that appear in
 * the reference's error messages. Many of those messages are built with {@code %r}, so the quote
 * choice and escapes must match exactly.
 */
public final class PyRepr {
    private PyRepr() {}

    /** repr(s): single quotes unless the text has a ' and no ", escapes as CPython writes them. */
    public static String of(String s) {
        return quote(s, false);
    }

    /** ascii(s): like repr but every non-ASCII code point escaped. */
    public static String ascii(String s) {
        return quote(s, true);
    }

    /** repr of a String, an integral Number, a Boolean or a Map of those (dict display). */
    public static String ofValue(Object value) {
        if (value instanceof String s) {
            return of(s);
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Map<?, ?> map) {
            return ofDict(map);
        }
        return value == null ? "None" : value.toString();
    }

    /** str() of the same kinds of values: a String is itself, a dict shows its reprs. */
    public static String strOf(Object value) {
        return value instanceof String s ? s : ofValue(value);
    }

    private static String ofDict(Map<?, ?> map) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append(ofValue(entry.getKey())).append(": ").append(ofValue(entry.getValue()));
        }
        return out.append('}').toString();
    }

    private static String quote(String s, boolean asciiOnly) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> appendEscaped(out, cp, quote, asciiOnly));
        return out.append(quote).toString();
    }

    private static void appendEscaped(StringBuilder out, int cp, char quote, boolean asciiOnly) {
        if (cp == quote || cp == '\\') {
            out.append('\\').appendCodePoint(cp);
        } else if (cp == '\t') {
            out.append("\\t");
        } else if (cp == '\n') {
            out.append("\\n");
        } else if (cp == '\r') {
            out.append("\\r");
        } else if (cp < 0x20 || cp == 0x7f) {
            appendHex(out, "\\x", cp, 2);
        } else if (cp < 0x7f || (!asciiOnly && isPrintable(cp))) {
            out.appendCodePoint(cp);
        } else if (cp <= 0xff) {
            appendHex(out, "\\x", cp, 2);
        } else if (cp <= 0xffff) {
            appendHex(out, "\\u", cp, 4);
        } else {
            appendHex(out, "\\U", cp, 8);
        }
    }

    private static void appendHex(StringBuilder out, String prefix, int cp, int digits) {
        String hex = Integer.toHexString(cp);
        out.append(prefix).append("0".repeat(Math.max(0, digits - hex.length()))).append(hex);
    }

    /** str.isprintable() for one code point: not in Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (space is). */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
