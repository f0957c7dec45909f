package dev.jsupervisor.daemon.events;

/**
 * Python's int() of the bytes after a result line's {@code RESULT } word: surrounding whitespace,
 * an optional sign, digits with single underscores between them. Returns -1 where Python raises
 * ValueError, and also for negative values (4.2.5 then loops on its own slicing; we treat them as
 * a bad result line, see events.md).
 */
final class PyInt {
    private PyInt() {}

    static long parse(byte[] line, int from) {
        int start = Math.min(from, line.length);
        int end = line.length;
        while (start < end && isSpace(line[start])) {
            start++;
        }
        while (end > start && isSpace(line[end - 1])) {
            end--;
        }
        boolean negative = false;
        if (start < end && (line[start] == '+' || line[start] == '-')) {
            negative = line[start] == '-';
            start++;
        }
        return digits(line, start, end, negative);
    }

    private static long digits(byte[] line, int start, int end, boolean negative) {
        if (start >= end) {
            return -1;
        }
        long value = 0;
        boolean lastWasDigit = false;
        for (int i = start; i < end; i++) {
            byte b = line[i];
            if (b >= '0' && b <= '9') {
                value = value > Long.MAX_VALUE / 10 ? Long.MAX_VALUE : value * 10 + (b - '0');
                lastWasDigit = true;
            } else if (b == '_' && lastWasDigit && i + 1 < end) {
                lastWasDigit = false;
            } else {
                return -1;
            }
        }
        if (!lastWasDigit) {
            return -1;
        }
        return negative && value != 0 ? -1 : value;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || (b >= '\t' && b <= '\r') || b == 0x1c || b == 0x1d || b == 0x1e || b == 0x1f;
    }
}
