package dev.jsupervisor.xmlrpc;

import java.util.Locale;
import java.util.Map;

/** Status line and headers of one HTTP response; header names are lower case, the last value wins. */
record HttpResponseHead(String version, int status, String reason, Map<String, String> headers) {
    boolean chunked() {
        return header("transfer-encoding").toLowerCase(Locale.ROOT).contains("chunked");
    }

    /** The Content-Length, or -1 when absent (the body then runs to the end of the connection). */
    long contentLength() throws TransportException {
        String value = header("content-length");
        if (value.isEmpty()) {
            return -1;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new TransportException(TransportException.Kind.BAD_RESPONSE,
                    String.format(Messages.BAD_HEADER, "Content-Length: " + value), e);
        }
    }

    /** Whether the connection may carry another request after this response (HTTP/1.1 rules). */
    boolean keepAlive() throws TransportException {
        String connection = header("connection").toLowerCase(Locale.ROOT);
        if (connection.contains("close")) {
            return false;
        }
        if (!chunked() && contentLength() < 0) {
            return false; // body delimited by closing the connection
        }
        return version.equals("HTTP/1.1") || connection.contains("keep-alive");
    }

    String header(String lowerCaseName) {
        String v = headers.get(lowerCaseName);
        return v == null ? "" : v;
    }
}
