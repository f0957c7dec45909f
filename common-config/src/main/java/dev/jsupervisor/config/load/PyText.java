package dev.jsupervisor.config.load;

import java.util.Comparator;

/** The two bits of Python text behaviour that leak into messages and ordering. */
final class PyText {
    private PyText() {}

    /** Python str comparison: by code point (String.compareTo compares UTF-16 units). */
    static final Comparator<String> CODE_POINT_ORDER = PyText::compareCodePoints;

    /** Python's repr() of a str, as %r puts it in a message. */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> appendReprChar(out, cp, quote));
        return out.append(quote).toString();
    }

    private static void appendReprChar(StringBuilder out, int cp, char quote) {
        switch (cp) {
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (cp == quote) {
                    out.append('\\').append(quote);
                } else if (cp < 0x20 || cp == 0x7f) {
                    out.append(String.format("\\x%02x", cp));
                } else if (!isPrintable(cp)) {
                    out.append(cp <= 0xff ? String.format("\\x%02x", cp)
                            : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
                } else {
                    out.appendCodePoint(cp);
                }
            }
        }
    }

    /** An approximation of str.isprintable() for characters past ASCII. */
    private static boolean isPrintable(int cp) {
        if (cp < 0x80) {
            return true;
        }
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.PRIVATE_USE && type != Character.UNASSIGNED
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && !(type == Character.SPACE_SEPARATOR && cp != ' ');
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
