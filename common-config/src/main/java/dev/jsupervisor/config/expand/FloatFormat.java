package dev.jsupervisor.config.expand;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * %e, %f, %g (and upper-case forms) of a finite double as CPython renders them: correctly rounded
 * (round-half-even on the exact binary value), exponent with at least two digits, %g dropping
 * trailing zeros unless '#' is given. Values here come from integers, so never NaN or infinite.
 */
final class FloatFormat {
    private FloatFormat() {}

    private static final int DEFAULT_PRECISION = 6;

    static String format(ConversionSpec spec, double value) {
        int precision = spec.hasPrecision() ? spec.precision() : DEFAULT_PRECISION;
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        BigDecimal magnitude = new BigDecimal(Math.abs(value));
        String body = switch (Character.toLowerCase(spec.conversion())) {
            case 'e' -> exponential(magnitude, precision, spec.alternate());
            case 'f' -> fixed(magnitude, precision, spec.alternate());
            default -> general(magnitude, precision, spec.alternate());
        };
        if (Character.isUpperCase(spec.conversion())) {
            body = body.toUpperCase(java.util.Locale.ROOT);
        }
        return spec.paddedNumber(spec.signFor(negative), "", body);
    }

    static String fixed(BigDecimal magnitude, int precision, boolean alternate) {
        String text = magnitude.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return alternate && precision == 0 ? text + "." : text;
    }

    static String exponential(BigDecimal magnitude, int precision, boolean alternate) {
        int exponent = 0;
        String digits = "0".repeat(precision + 1);
        if (magnitude.signum() != 0) {
            BigDecimal rounded = magnitude.round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            digits = rounded.unscaledValue().toString();
            exponent = digits.length() - 1 - rounded.scale();
            digits = (digits + "0".repeat(precision + 1)).substring(0, precision + 1);
        }
        String mantissa = digits.substring(0, 1);
        if (precision > 0 || alternate) {
            mantissa += "." + digits.substring(1);
        }
        String sign = exponent < 0 ? "-" : "+";
        String exp = Integer.toString(Math.abs(exponent));
        return mantissa + "e" + sign + (exp.length() < 2 ? "0" + exp : exp);
    }

    /** %g: exponential when the exponent is below -4 or not below the precision, else fixed. */
    static String general(BigDecimal magnitude, int precision, boolean alternate) {
        int significant = precision == 0 ? 1 : precision;
        int exponent = 0;
        if (magnitude.signum() != 0) {
            BigDecimal rounded = magnitude.round(new MathContext(significant, RoundingMode.HALF_EVEN));
            exponent = rounded.precision() - 1 - rounded.scale();
        }
        String text = exponent < -4 || exponent >= significant
                ? exponential(magnitude, significant - 1, alternate)
                : fixed(magnitude, significant - 1 - exponent, alternate);
        return alternate ? text : dropTrailingZeros(text);
    }

    private static String dropTrailingZeros(String text) {
        int e = text.indexOf('e');
        String mantissa = e < 0 ? text : text.substring(0, e);
        String suffix = e < 0 ? "" : text.substring(e);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceAll("0+$", "");
            if (mantissa.endsWith(".")) {
                mantissa = mantissa.substring(0, mantissa.length() - 1);
            }
        }
        return mantissa + suffix;
    }
}
