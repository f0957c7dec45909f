package dev.jsupervisor.config.expand;

import java.util.Map;

/**
 * Python's {@code text % mapping}: walks the text once, left to right, failing at the first spec
 * Python would fail at. The mapping is the format's single argument, so a spec without a
 * "(name)" consumes the whole mapping (printing it as a dict), and after any "(name)" spec the
 * looked-up value is the only argument left; a second consumer finds "not enough arguments".
 */
final class PercentFormatter {
    private static final int MAX_FIELD = 100_000_000;

    private final int[] text;
    private final Map<String, ?> names;
    private final StringBuilder out = new StringBuilder();
    private int pos;
    private Object argument;
    private boolean argumentAvailable = true;

    private PercentFormatter(String text, Map<String, ?> names) {
        this.text = text.codePoints().toArray();
        this.names = names;
        this.argument = names;
    }

    static String format(String text, Map<String, ?> names) throws FormatFailure {
        return new PercentFormatter(text, names).run();
    }

    private String run() throws FormatFailure {
        while (pos < text.length) {
            int cp = text[pos++];
            if (cp != '%') {
                out.appendCodePoint(cp);
            } else if (pos < text.length && text[pos] == '%') {
                pos++;
                out.append('%');
            } else {
                formatOne();
            }
        }
        return out.toString();
    }

    private void formatOne() throws FormatFailure {
        if (pos < text.length && text[pos] == '(') {
            lookUpKey();
        }
        boolean[] flags = readFlags();
        int width = readWidth();
        int precision = -1;
        if (pos < text.length && text[pos] == '.') {
            pos++;
            precision = readPrecision();
        }
        if (pos < text.length && (text[pos] == 'h' || text[pos] == 'l' || text[pos] == 'L')) {
            pos++; // C length modifiers are accepted and ignored
        }
        if (pos >= text.length) {
            throw FormatFailure.badFormat(Messages.INCOMPLETE_FORMAT);
        }
        boolean leftAlign = flags[0] || width < 0;
        ConversionSpec spec = new ConversionSpec(leftAlign, flags[1], flags[2], flags[3], flags[4],
                Math.abs(width), precision, text[pos]);
        int conversionIndex = pos++;
        Object value = nextArgument();
        out.append(ValueFormatter.format(spec, value, conversionIndex));
    }

    /** "(name)" with balanced inner parentheses; the value found becomes the pending argument. */
    private void lookUpKey() throws FormatFailure {
        int depth = 1;
        int start = ++pos;
        while (depth > 0 && pos < text.length) {
            if (text[pos] == '(') {
                depth++;
            } else if (text[pos] == ')') {
                depth--;
            }
            pos++;
        }
        if (depth > 0) {
            throw FormatFailure.badFormat(Messages.INCOMPLETE_FORMAT_KEY);
        }
        String key = new String(text, start, pos - 1 - start);
        if (!names.containsKey(key)) {
            throw FormatFailure.missingName(key);
        }
        argument = names.get(key);
        argumentAvailable = true;
    }

    /** Flags '-', '+', ' ', '#', '0' in any order and number. */
    private boolean[] readFlags() {
        boolean[] flags = new boolean[5];
        String flagChars = "-+ #0";
        while (pos < text.length && text[pos] < 0x80 && flagChars.indexOf(text[pos]) >= 0) {
            flags[flagChars.indexOf(text[pos])] = true;
            pos++;
        }
        return flags;
    }

    /** Width from digits or '*'; a negative '*' width means left alignment (returned negative). */
    private int readWidth() throws FormatFailure {
        if (pos < text.length && text[pos] == '*') {
            pos++;
            return starValue();
        }
        return readDigits(Messages.WIDTH_TOO_BIG);
    }

    private int readPrecision() throws FormatFailure {
        if (pos < text.length && text[pos] == '*') {
            pos++;
            return Math.max(0, starValue());
        }
        return Math.max(0, readDigits(Messages.PRECISION_TOO_BIG));
    }

    private int starValue() throws FormatFailure {
        Object value = nextArgument();
        if (!(value instanceof Integer || value instanceof Long)) {
            throw FormatFailure.badFormat(Messages.STAR_WANTS_INT);
        }
        long number = ((Number) value).longValue();
        if (Math.abs(number) > MAX_FIELD) {
            throw FormatFailure.badFormat(Messages.OUT_OF_MEMORY);
        }
        return (int) number;
    }

    /** ASCII digits (none means 0); overflow of a C ssize_t is Python's "too big" error. */
    private int readDigits(String tooBig) throws FormatFailure {
        long value = 0;
        while (pos < text.length && text[pos] >= '0' && text[pos] <= '9') {
            int digit = text[pos++] - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                throw FormatFailure.badFormat(tooBig);
            }
            value = value * 10 + digit;
        }
        if (value > MAX_FIELD) {
            throw FormatFailure.badFormat(Messages.OUT_OF_MEMORY);
        }
        return (int) value;
    }

    private Object nextArgument() throws FormatFailure {
        if (!argumentAvailable) {
            throw FormatFailure.badFormat(Messages.NOT_ENOUGH_ARGUMENTS);
        }
        argumentAvailable = false;
        return argument;
    }
}
