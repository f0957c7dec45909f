package dev.jsupervisor.config.expand;

/** One parsed "%(key)flags width.precision conversion" (width/precision -1 when absent). */
record ConversionSpec(boolean leftAlign, boolean plusSign, boolean spaceSign, boolean alternate,
        boolean zeroPad, int width, int precision, int conversion) {

    boolean hasPrecision() {
        return precision >= 0;
    }

    /** Pads {@code body} to the width with spaces, on the right when left-aligned. */
    String padded(String body) {
        int missing = width - body.codePointCount(0, body.length());
        if (missing <= 0) {
            return body;
        }
        return leftAlign ? body + " ".repeat(missing) : " ".repeat(missing) + body;
    }

    /**
     * Numeric layout: sign, then prefix, then digits; zero padding (only with '0' and without '-')
     * goes between the prefix and the digits, space padding outside.
     */
    String paddedNumber(String sign, String prefix, String digits) {
        int missing = width - sign.length() - prefix.length() - digits.length();
        if (missing > 0 && zeroPad && !leftAlign) {
            return sign + prefix + "0".repeat(missing) + digits;
        }
        return padded(sign + prefix + digits);
    }

    /** '+' beats ' ' for non-negative numbers. */
    String signFor(boolean negative) {
        if (negative) {
            return "-";
        }
        return plusSign ? "+" : spaceSign ? " " : "";
    }
}
