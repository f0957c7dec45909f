package dev.jsupervisor.config.value;

/**
 * Every user-visible text of the converters, worded exactly as Debian's supervisor 4.2.5
 * (supervisor.datatypes, Python 3.11) words it. "%r" in the reference becomes {@link PyRepr#of}.
 */
final class Messages {
    private Messages() {}

    /** CPython truncates the repr in this message to 200 characters (%.200R). */
    static String invalidIntLiteral(int base, String text) {
        return "invalid literal for int() with base " + base + ": " + PyText.head(PyRepr.of(text), 200);
    }

    /** Not a reference message: Python's ints are unbounded, ours are not. */
    static String outOfJavaRange(String text) {
        return "integer value out of supported range: " + PyRepr.of(text);
    }

    static String notBoolean(String value) {
        return "not a valid boolean value: " + PyRepr.of(value);
    }

    static String notOctal(String value) {
        return value + " can not be converted to an octal type";
    }

    static String badSignalName(String value) {
        return "value " + PyRepr.of(value) + " is not a valid signal name";
    }

    static String badSignalNumber(String value) {
        return "value " + PyRepr.of(value) + " is not a valid signal number";
    }

    static String badExitCodes(String value) {
        return "not a valid list of exit codes: " + PyRepr.of(value);
    }

    static String badAutoRestart(String lowered) {
        return "invalid 'autorestart' value " + PyRepr.of(lowered);
    }

    static String badKeyValuePairs(String value) {
        return "Unexpected end of key/value pairs in value '" + value + "'";
    }

    static String notExistingDirectory(String value) {
        return value + " is not an existing directory";
    }

    static String parentDirectoryMissing(String value) {
        return "The directory named as part of the path " + value + " does not exist";
    }

    static String badUserName(String value) {
        return "Invalid user name " + value;
    }

    static String badUserId(String value) {
        return "Invalid user id " + value;
    }

    static String badGroupName(String value) {
        return "Invalid group name " + value;
    }

    static String badGroupId(String value) {
        return "Invalid group id " + value;
    }

    /** Python's OverflowError text for a gid outside 0..2**32-1 (grp.getgrgid). */
    static String gidOutOfRange() {
        return "gid is less than minimum";
    }

    static String badUserGroup(String value) {
        return "Invalid user:group definition " + value;
    }

    static String noPortNumber(String portText) {
        return "no port number specified in " + PyRepr.of(portText);
    }

    /** The trailing space is in the reference. */
    static String notAPortNumber(String value) {
        return "not a valid port number: " + PyRepr.of(value) + " ";
    }

    static String belowLowerBound(Object value, Object bound) {
        return value + " is below lower bound (" + bound + ")";
    }

    static String aboveUpperBound(Object value, Object bound) {
        return value + " is above upper bound (" + bound + ")";
    }

    static String notAUrl(String value) {
        return "value " + PyRepr.of(value) + " is not a URL";
    }

    static String invalidIpv6Url() {
        return "Invalid IPv6 URL";
    }

    static String invalidIpvFuture() {
        return "IPvFuture address is invalid";
    }

    static String ipv4InBrackets() {
        return "An IPv4 address cannot be in brackets";
    }

    static String notAnIpAddress(String host) {
        return PyRepr.of(host) + " does not appear to be an IPv4 or IPv6 address";
    }

    static String netlocNfkc(String netloc) {
        return "netloc '" + netloc + "' contains invalid characters under NFKC normalization";
    }

    static String badName(String value, char character) {
        return "Invalid name: " + PyRepr.of(value) + " because of character: " + PyRepr.of(String.valueOf(character));
    }

    static String badLogLevel(String value) {
        return "bad logging level name " + PyRepr.of(value);
    }

    static String noClosingQuotation() {
        return "No closing quotation";
    }

    static String noEscapedCharacter() {
        return "No escaped character";
    }

    /** Not a reference message: the value is beyond what a Java long holds. */
    static String byteSizeTooLarge(String value) {
        return "byte size out of supported range: " + PyRepr.of(value);
    }
}
