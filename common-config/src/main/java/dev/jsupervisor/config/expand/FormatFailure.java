package dev.jsupervisor.config.expand;

/** Python's exception while %-formatting: a KeyError (missing name) or any other error text. */
final class FormatFailure extends Exception {
    private final String missingName;

    private FormatFailure(String message, String missingName) {
        super(message, null, false, false);
        this.missingName = missingName;
    }

    static FormatFailure badFormat(String pythonError) {
        return new FormatFailure(pythonError, null);
    }

    static FormatFailure missingName(String name) {
        return new FormatFailure(null, name);
    }

    /** The name a KeyError was raised for, or null for any other error. */
    String missingName() {
        return missingName;
    }
}
