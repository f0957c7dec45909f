package dev.jsupervisor.daemon.fcgi;

import dev.jsupervisor.config.value.PyRepr;

/** The activity-log and error texts of fcgi sockets (4.2.5's words). */
final class Messages {
    private Messages() {}

    static String creating(String url) {
        return "Creating socket " + url;
    }

    static String closing(String url) {
        return "Closing socket " + url;
    }

    /** Group creation (and, our choice, a spawn) that cannot open the socket. */
    static String couldNotCreate(String url, String cause) {
        return "Could not create FastCGI socket " + url + ": " + cause;
    }

    /** Python's str(OSError): {@code [Errno 98] Address already in use}. */
    static String osError(int errno, String text) {
        return "[Errno " + errno + "] " + text;
    }

    /** The same with the file name, as os.chown / os.unlink raise it. */
    static String osError(int errno, String text, String path) {
        return osError(errno, text) + ": " + PyRepr.of(path);
    }

    static String chownFailed(String cause) {
        return "Could not change ownership of socket file: " + cause;
    }

    static String chmodFailed(String cause) {
        return "Could not change permissions of socket file: " + cause;
    }

    /** getaddrinfo's EAI_NONAME, as Python's socket.gaierror prints it. */
    static final String UNKNOWN_HOST = "[Errno -2] Name or service not known";

    /** Python's text for a unix socket path longer than sun_path. */
    static final String PATH_TOO_LONG = "AF_UNIX path too long";
}
