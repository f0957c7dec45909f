package dev.jsupervisor.xmlrpc;

/**
 * A call that got no XML-RPC answer. {@link #kind()} tells supervisorctl which of its messages
 * applies ("refused connection", "no such file", authentication, or a generic error).
 */
public class TransportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, in the terms supervisorctl distinguishes. */
    public enum Kind {
        /** ECONNREFUSED: nothing listens (also a unix path that is not a listening socket). */
        CONNECTION_REFUSED,
        /** ENOENT: the unix socket file does not exist. */
        NO_SUCH_FILE,
        /** The http host name does not resolve. */
        UNKNOWN_HOST,
        /** The server answered with an HTTP status other than 200 (see {@link HttpStatusException}). */
        HTTP_STATUS,
        /** The answer was not HTTP or not XML-RPC. */
        BAD_RESPONSE,
        /** Any other I/O failure (reset, broken pipe, permission denied...). */
        IO
    }

    private final Kind kind;

    public TransportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
