package dev.jsupervisor.daemon.log;

/** Python's repr() of a bytes object: b'...' with the same quote choice and escapes. */
public final class BytesRepr {
    private BytesRepr() {}

    public static String of(byte[] data) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : data) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(data.length + 3).append('b').append(quote);
        for (byte b : data) {
            appendByte(out, b & 0xff, quote);
        }
        return out.append(quote).toString();
    }

    private static void appendByte(StringBuilder out, int b, char quote) {
        if (b == quote || b == '\\') {
            out.append('\\').append((char) b);
        } else if (b == '\t') {
            out.append("\\t");
        } else if (b == '\n') {
            out.append("\\n");
        } else if (b == '\r') {
            out.append("\\r");
        } else if (b < 0x20 || b >= 0x7f) {
            out.append("\\x").append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
        } else {
            out.append((char) b);
        }
    }
}
