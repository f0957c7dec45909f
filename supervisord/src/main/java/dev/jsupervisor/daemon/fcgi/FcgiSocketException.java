package dev.jsupervisor.daemon.fcgi;

/** A socket could not be created; the message is the reference's text for the cause. */
public final class FcgiSocketException extends Exception {
    private static final long serialVersionUID = 1L;

    FcgiSocketException(String message) {
        super(message, null, false, false);
    }
}
