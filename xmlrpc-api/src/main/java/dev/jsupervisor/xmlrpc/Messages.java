package dev.jsupervisor.xmlrpc;

/**
 * Every text this module puts into an exception or onto the wire, in one place. Texts marked
 * "reference" reproduce what Python's xmlrpc.client / supervisor print, because supervisorctl
 * shows them to users verbatim.
 */
final class Messages {
    private Messages() { }

    // Writer (texts of Python's marshaller errors, reference).
    static final String INT_OVERFLOW = "int exceeds XML-RPC limits";
    static final String KEY_NOT_STRING = "dictionary key must be string";
    static final String CANNOT_MARSHAL = "cannot marshal %s objects";
    static final String CANNOT_MARSHAL_NONE = "cannot marshal None unless allow_none is enabled";
    static final String RECURSIVE = "cannot marshal recursive sequences";

    // Parser.
    static final String TOO_LARGE = "document of %d bytes exceeds the limit of %d bytes";
    static final String TOO_DEEP = "elements nested deeper than %d";
    static final String DOCTYPE = "DOCTYPE not allowed";
    static final String ENTITY = "entity reference &%s; not allowed";
    static final String MALFORMED = "malformed XML: %s";
    static final String ROOT = "expected <%s>, found <%s>";
    static final String MISSING_CHILD = "<%s> has no child element";
    static final String MEMBER_SHAPE = "<member> needs exactly <name> and <value>";
    static final String UNKNOWN_TAG = "unknown tag %s";
    static final String BAD_INT = "invalid int: %s";
    static final String BAD_DOUBLE = "invalid double: %s";
    static final String BAD_BOOLEAN = "bad boolean value";
    static final String BAD_DATETIME = "invalid dateTime.iso8601: %s";
    static final String BAD_BASE64 = "invalid base64";
    static final String BAD_UTF8 = "base64 payload is not UTF-8";
    static final String NO_PARAMS = "response has neither <params> nor <fault>";
    static final String BAD_FAULT = "malformed fault";
    static final String KEY_TYPE = "struct member name is not a string";

    // Client transport.
    static final String UNKNOWN_PROTOCOL = "Unknown protocol for serverurl %s"; // reference
    static final String PROTOCOL_ERROR = "<ProtocolError for %s: %d %s>";       // reference repr
    static final String REFUSED = "Connection refused";
    static final String NO_SUCH_FILE = "No such file or directory";
    static final String UNKNOWN_HOST = "Name or service not known";
    static final String BAD_STATUS_LINE = "bad HTTP status line: %s";
    static final String BAD_HEADER = "bad HTTP header line: %s";
    static final String BAD_CHUNK = "bad chunk size line: %s";
    static final String BODY_TOO_LARGE = "response body exceeds %d bytes";
    static final String CLOSED_EARLY = "Remote end closed connection without response";
    static final String TRUNCATED = "connection closed in the middle of the response body";
    static final String BAD_RESPONSE = "unparseable XML-RPC response: %s";
}
