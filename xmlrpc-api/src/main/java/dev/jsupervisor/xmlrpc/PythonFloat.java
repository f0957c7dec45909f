package dev.jsupervisor.xmlrpc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)}: the shortest decimal that reads back to the same double, in fixed
 * notation when the decimal point lies within 16 digits, else scientific ({@code 1e+16}).
 * Java 17's Double.toString is not always shortest and uses another layout, hence this class.
 */
final class PythonFloat {
    /** Python switches to scientific notation outside -4 &lt; decpt &lt;= 16. */
    private static final int MAX_FIXED_DECPT = 16;
    private static final int MIN_FIXED_DECPT = -3;

    private PythonFloat() { }

    static String repr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(value) < 0) ? "-" : "";
        double abs = Math.abs(value);
        if (abs == 0.0) {
            return sign + "0.0";
        }
        BigDecimal shortest = shortest(abs);
        String digits = shortest.unscaledValue().toString();
        int decpt = digits.length() - shortest.scale(); // value = 0.digits * 10^decpt
        return sign + layout(digits, decpt);
    }

    /** The fewest significant digits that round-trip; ties go to the nearest candidate. */
    private static BigDecimal shortest(double abs) {
        BigDecimal exact = new BigDecimal(abs);
        for (int precision = 1; precision <= 17; precision++) {
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(precision, mode));
                if (candidate.doubleValue() == abs) {
                    return candidate.stripTrailingZeros();
                }
            }
        }
        return exact.round(new MathContext(17)).stripTrailingZeros();
    }

    private static String layout(String digits, int decpt) {
        if (decpt > MAX_FIXED_DECPT || decpt < MIN_FIXED_DECPT) {
            return scientific(digits, decpt - 1);
        }
        if (decpt <= 0) {
            return "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt >= digits.length()) {
            return digits + "0".repeat(decpt - digits.length()) + ".0";
        }
        return digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    private static String scientific(String digits, int exponent) {
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String sign = exponent < 0 ? "-" : "+";
        int magnitude = Math.abs(exponent);
        return mantissa + "e" + sign + (magnitude < 10 ? "0" : "") + magnitude;
    }
}
