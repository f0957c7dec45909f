package dev.jsupervisor.daemon.http;

/**
 * Why the decoder gave up on a connection. The connection answers {@code status} and closes:
 * after a framing error the rest of the stream cannot be trusted to start a new request.
 *
 * @param status 400, 413 or 501
 * @param version the request's version if its request line was readable, else null
 * @param detail a log line for the operator, not sent to the client
 */
public record DecodeFailure(int status, String version, String detail) {

    /** Version for the status line of the error response. */
    public String statusVersion() {
        return version == null ? "1.0" : version;
    }
}
