package dev.jsupervisor.config.expand;

import dev.jsupervisor.config.value.PyRepr;
import java.math.BigInteger;
import java.util.Map;

/** Applies one conversion (s r a d i u o x X e E f F g G c) to a String, an integer or the mapping. */
final class ValueFormatter {
    private ValueFormatter() {}

    static String format(ConversionSpec spec, Object value, int conversionIndex) throws FormatFailure {
        int c = spec.conversion();
        switch (c) {
            case 's', 'r', 'a':
                return text(spec, value);
            case 'd', 'i', 'u':
                return decimal(spec, requireInteger(value, Messages.realNumberRequired((char) c, typeName(value))));
            case 'o', 'x', 'X':
                return radix(spec, requireInteger(value, Messages.integerRequired((char) c, typeName(value))));
            case 'e', 'E', 'f', 'F', 'g', 'G':
                BigInteger n = requireInteger(value, Messages.mustBeRealNumber(typeName(value)));
                return FloatFormat.format(spec, n.doubleValue());
            case 'c':
                return spec.padded(character(value));
            default:
                throw FormatFailure.badFormat(Messages.unsupportedCharacter(c, conversionIndex));
        }
    }

    private static String text(ConversionSpec spec, Object value) {
        String shown = switch (spec.conversion()) {
            case 'r' -> PyRepr.ofValue(value);
            case 'a' -> value instanceof String s ? PyRepr.ascii(s) : PyRepr.ofValue(value);
            default -> PyRepr.strOf(value);
        };
        if (spec.hasPrecision() && shown.codePointCount(0, shown.length()) > spec.precision()) {
            shown = shown.substring(0, shown.offsetByCodePoints(0, spec.precision()));
        }
        return spec.padded(shown);
    }

    private static String decimal(ConversionSpec spec, BigInteger n) {
        return spec.paddedNumber(spec.signFor(n.signum() < 0), "", withPrecision(spec, n.abs().toString()));
    }

    private static String radix(ConversionSpec spec, BigInteger n) {
        int c = spec.conversion();
        String digits = n.abs().toString(c == 'o' ? 8 : 16);
        String prefix = "";
        if (spec.alternate()) {
            prefix = c == 'o' ? "0o" : c == 'x' ? "0x" : "0X";
        }
        if (c == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        return spec.paddedNumber(spec.signFor(n.signum() < 0), prefix, withPrecision(spec, digits));
    }

    /** For integers the precision is a minimum digit count. */
    private static String withPrecision(ConversionSpec spec, String digits) {
        int missing = spec.precision() - digits.length();
        return missing > 0 ? "0".repeat(missing) + digits : digits;
    }

    private static String character(Object value) throws FormatFailure {
        if (value instanceof String s) {
            if (s.codePointCount(0, s.length()) == 1) {
                return s;
            }
            throw FormatFailure.badFormat(Messages.CHAR_REQUIRES_INT_OR_CHAR);
        }
        BigInteger n = requireInteger(value, Messages.CHAR_REQUIRES_INT_OR_CHAR);
        if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
            throw FormatFailure.badFormat(Messages.CHAR_OUT_OF_RANGE);
        }
        return new String(Character.toChars(n.intValue()));
    }

    private static BigInteger requireInteger(Object value, String error) throws FormatFailure {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return big;
        }
        if (value instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO; // bool is an int in Python
        }
        throw FormatFailure.badFormat(error);
    }

    /** type(value).__name__ for the kinds of values a mapping of names can hold. */
    private static String typeName(Object value) {
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof Map) {
            return "dict";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        return value == null ? "NoneType" : "int";
    }
}
