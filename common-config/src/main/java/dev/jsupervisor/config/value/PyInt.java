package dev.jsupervisor.config.value;

import java.math.BigInteger;

/**
 * Python's {@code int(text, base)} for bases 8 and 10: surrounding Python whitespace, one sign,
 * any Unicode decimal digits (Python accepts e.g. Arabic-Indic digits), single '_' between digits,
 * and for base 8 an optional 0o prefix. Results are unbounded, as in Python.
 */
public final class PyInt {
    private PyInt() {}

    /** int(text) in base 10. */
    public static BigInteger parse(String text) throws ValueException {
        return parse(text, 10);
    }

    /** int(text, base) for base 8 or 10. */
    public static BigInteger parse(String text, int base) throws ValueException {
        BigInteger result = parseOrNull(text, base);
        if (result == null) {
            throw new ValueException(Messages.invalidIntLiteral(base, text));
        }
        return result;
    }

    /** int(text) narrowed to a Java int, or a ValueException if Python would accept a bigger one. */
    public static int parseInt(String text) throws ValueException {
        return toInt(parse(text), text);
    }

    /** Narrows an already-parsed value; {@code text} names it in the error. */
    public static int toInt(BigInteger value, String text) throws ValueException {
        if (value.bitLength() > 31) {
            throw new ValueException(Messages.outOfJavaRange(text));
        }
        return value.intValue();
    }

    private static BigInteger parseOrNull(String text, int base) {
        String body = PyText.strip(text);
        boolean negative = false;
        if (!body.isEmpty() && (body.charAt(0) == '+' || body.charAt(0) == '-')) {
            negative = body.charAt(0) == '-';
            body = body.substring(1);
        }
        boolean prefixed = false;
        if (base == 8 && body.length() >= 2 && body.charAt(0) == '0'
                && (body.charAt(1) == 'o' || body.charAt(1) == 'O')) {
            body = body.substring(2);
            prefixed = true;
        }
        String digits = digitsOf(body, base, prefixed);
        if (digits == null) {
            return null;
        }
        BigInteger value = new BigInteger(digits, base);
        return negative ? value.negate() : value;
    }

    /** ASCII digits of {@code body}, or null if it is not a valid digit run for {@code base}. */
    private static String digitsOf(String body, int base, boolean underscoreMayLead) {
        StringBuilder digits = new StringBuilder();
        boolean lastWasUnderscore = false;
        int i = 0;
        while (i < body.length()) {
            int cp = body.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '_') {
                boolean leadingOk = digits.length() == 0 && underscoreMayLead;
                if (lastWasUnderscore || (digits.length() == 0 && !leadingOk)) {
                    return null;
                }
                lastWasUnderscore = true;
                continue;
            }
            int value = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
            if (value < 0 || value >= base) {
                return null;
            }
            digits.append((char) ('0' + value));
            lastWasUnderscore = false;
        }
        return digits.length() == 0 || lastWasUnderscore ? null : digits.toString();
    }
}
