package dev.jsupervisor.config.expand;

import dev.jsupervisor.config.value.PyRepr;

/** supervisor.options.expand's error texts and the Python %-formatting errors they embed. */
final class Messages {
    private Messages() {}

    /** str(KeyError(name)) is repr(name), hence the quotes inside the parentheses. */
    static String missingName(String text, String where, String name, String available) {
        return "Format string " + PyRepr.of(text) + " for " + PyRepr.of(where) + " contains names ("
                + PyRepr.of(name) + ") which cannot be expanded. Available names: " + available;
    }

    static String badlyFormatted(String text, String where, String pythonError) {
        return "Format string " + PyRepr.of(text) + " for " + PyRepr.of(where) + " is badly formatted: " + pythonError;
    }

    static final String INCOMPLETE_FORMAT = "incomplete format";
    static final String INCOMPLETE_FORMAT_KEY = "incomplete format key";
    static final String NOT_ENOUGH_ARGUMENTS = "not enough arguments for format string";
    static final String STAR_WANTS_INT = "* wants int";
    static final String WIDTH_TOO_BIG = "width too big";
    static final String PRECISION_TOO_BIG = "precision too big";
    static final String CHAR_REQUIRES_INT_OR_CHAR = "%c requires int or char";
    static final String CHAR_OUT_OF_RANGE = "%c arg not in range(0x110000)";
    /** str(MemoryError()) is empty; we refuse paddings too large to build instead of running out. */
    static final String OUT_OF_MEMORY = "";

    /** CPython shows '?' for a non-ASCII conversion character; the index counts code points. */
    static String unsupportedCharacter(int cp, int index) {
        char shown = cp < 0x80 ? (char) cp : '?';
        return "unsupported format character '" + shown + "' (0x" + Integer.toHexString(cp) + ") at index " + index;
    }

    /** %d, %i, %u. */
    static String realNumberRequired(char conversion, String typeName) {
        return "%" + conversion + " format: a real number is required, not " + typeName;
    }

    /** %x, %X, %o. */
    static String integerRequired(char conversion, String typeName) {
        return "%" + conversion + " format: an integer is required, not " + typeName;
    }

    /** %e, %f, %g and their upper-case forms. */
    static String mustBeRealNumber(String typeName) {
        return "must be real number, not " + typeName;
    }
}
