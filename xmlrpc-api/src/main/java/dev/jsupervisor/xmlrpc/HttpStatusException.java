package dev.jsupervisor.xmlrpc;

/**
 * A non-200 HTTP answer (401 when authentication fails). The message is Python's ProtocolError
 * repr, e.g. {@code <ProtocolError for 127.0.0.1/RPC2: 401 Unauthorized>}, which supervisorctl prints.
 */
public final class HttpStatusException extends TransportException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String reason;

    public HttpStatusException(String target, int status, String reason) {
        super(Kind.HTTP_STATUS, String.format(Messages.PROTOCOL_ERROR, target, status, reason), null);
        this.status = status;
        this.reason = reason;
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public boolean isUnauthorized() {
        return status == 401;
    }
}
