package dev.jsupervisor.daemon.http;

import java.util.Map;

/** Every text the HTTP layer puts on the wire, in one place. */
final class Messages {
    private Messages() {}

    /** The reference's server banner; clients and health checks may look at it. */
    static final String SERVER = "Medusa/1.12";

    /** The only realm the reference ever announces. */
    static final String REALM = "default";

    /**
     * Reason phrases as the reference spells them (its table is older than RFC 7231, hence
     * "Moved Temporarily" and "Request Time-out"). Statuses we emit must come from this table.
     */
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(100, "Continue"), Map.entry(101, "Switching Protocols"),
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(202, "Accepted"),
            Map.entry(203, "Non-Authoritative Information"), Map.entry(204, "No Content"),
            Map.entry(205, "Reset Content"), Map.entry(206, "Partial Content"),
            Map.entry(300, "Multiple Choices"), Map.entry(301, "Moved Permanently"),
            Map.entry(302, "Moved Temporarily"), Map.entry(303, "See Other"),
            Map.entry(304, "Not Modified"), Map.entry(305, "Use Proxy"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
            Map.entry(402, "Payment Required"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"), Map.entry(407, "Proxy Authentication Required"),
            Map.entry(408, "Request Time-out"), Map.entry(409, "Conflict"), Map.entry(410, "Gone"),
            Map.entry(411, "Length Required"), Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Request Entity Too Large"), Map.entry(414, "Request-URI Too Large"),
            Map.entry(415, "Unsupported Media Type"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Time-out"),
            Map.entry(505, "HTTP Version not supported"));

    static String reason(int status) {
        String reason = REASONS.get(status);
        if (reason == null) {
            throw new IllegalArgumentException("no reason phrase for HTTP status " + status);
        }
        return reason;
    }

    static boolean knownStatus(int status) {
        return REASONS.containsKey(status);
    }

    /**
     * The error page body. Byte for byte the reference's, because its length is visible in
     * Content-Length and clients (and our differential tests) compare it.
     */
    static String errorPage(int status) {
        return "<head>\r\n"
                + "<title>Error response</title>\r\n"
                + "</head>\r\n"
                + "<body>\r\n"
                + "<h1>Error response</h1>\r\n"
                + "<p>Error code " + status + ".\r\n"
                + "<p>Message: " + reason(status) + ".\r\n"
                + "</body>\r\n";
    }

    static String basicChallenge() {
        return "Basic realm=\"" + REALM + "\"";
    }

    // Why a request was refused by the decoder; for the log, never sent to the client.
    static final String HEAD_TOO_LARGE = "request header section exceeds %d bytes";
    static final String BODY_TOO_LARGE = "request body exceeds %d bytes";
    static final String BAD_REQUEST_LINE = "malformed request line";
    static final String BAD_HEADER_LINE = "malformed header line";
    static final String BAD_ENCODING = "request header section is not valid UTF-8";
    static final String BAD_CONTENT_LENGTH = "invalid or conflicting Content-Length";
    static final String BAD_TRANSFER_ENCODING = "unsupported Transfer-Encoding";
    static final String LENGTH_AND_CHUNKED = "both Content-Length and Transfer-Encoding";
    static final String BAD_CHUNK = "malformed chunked body";
}
