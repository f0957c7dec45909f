package dev.jsupervisor.daemon.http;

/** Thrown inside the decoder's helpers; the decoder turns it into a {@link DecodeFailure}. */
final class HttpDecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    HttpDecodeException(int status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
