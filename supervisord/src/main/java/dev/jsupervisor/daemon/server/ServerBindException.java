package dev.jsupervisor.daemon.server;

/** A listener could not be opened; the message is the usage error supervisord exits with (2). */
public final class ServerBindException extends Exception {
    private static final long serialVersionUID = 1L;

    ServerBindException(String message) {
        super(message);
    }
}
