package dev.jsupervisor.xmlrpc;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Number text read the way Python's {@code int()} and {@code float()} read it, since both the
 * reference server and client convert {@code <int>}/{@code <double>} text with them: surrounding
 * whitespace allowed, single underscores between digits allowed, {@code inf}/{@code nan} allowed.
 * Java's own parsers differ (no underscores; hex floats and "d"/"f" suffixes accepted).
 */
final class PythonNumbers {
    private static final String DIGITS = "[0-9](?:_?[0-9])*";
    private static final Pattern INT = Pattern.compile("[+-]?" + DIGITS);
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:" + DIGITS + "(?:\\.(?:" + DIGITS + ")?)?|\\." + DIGITS + ")(?:[eE][+-]?" + DIGITS + ")?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(?:inf|infinity|nan)", Pattern.CASE_INSENSITIVE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private PythonNumbers() { }

    /** An Integer, or a Long when beyond 32 bits; beyond 64 bits is refused (Python would accept). */
    static Number parseInt(String text) throws XmlRpcParseException {
        String t = strip(text);
        if (t == null || t.length() > 40 || !INT.matcher(t).matches()) {
            throw new XmlRpcParseException(String.format(Messages.BAD_INT, shorten(text)));
        }
        BigInteger n = new BigInteger(t.replace("_", ""));
        if (n.bitLength() < 32) {
            return n.intValue();
        }
        if (n.compareTo(LONG_MIN) >= 0 && n.compareTo(LONG_MAX) <= 0) {
            return n.longValue();
        }
        throw new XmlRpcParseException(String.format(Messages.BAD_INT, shorten(text)));
    }

    static double parseDouble(String text) throws XmlRpcParseException {
        String t = strip(text);
        if (t != null && FLOAT.matcher(t).matches()) {
            return Double.parseDouble(t.replace("_", "")); // overflow gives infinity, as in Python
        }
        if (t != null && SPECIAL.matcher(t).matches()) {
            boolean negative = t.startsWith("-");
            if (t.toLowerCase().contains("nan")) {
                return Double.NaN;
            }
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw new XmlRpcParseException(String.format(Messages.BAD_DOUBLE, shorten(text)));
    }

    /** Python strips whitespace around numbers; null stays null (int(None) fails). */
    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    /** Error messages quote at most a short prefix of hostile input. */
    static String shorten(String text) {
        if (text == null) {
            return "None";
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
