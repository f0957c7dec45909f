package dev.jsupervisor.daemon.server;

/** Every text the HTTP servers show: startup errors, stderr notes and activity-log lines (spec 3.1, 5, 8.1). */
final class Messages {
    private Messages() {}

    /** Usage error when an address is taken (exit 2), word for word the reference's. */
    static final String ADDRESS_IN_USE = "Another program is already listening on a port that one of our HTTP "
            + "servers is configured to use.  Shut this program down first before starting supervisord.";

    /** Usage error for any other bind failure, in the reference's socket.error form. */
    static String cannotOpen(String errnoName, int errno) {
        return "Cannot open an HTTP server: socket.error reported errno." + errnoName + " (" + errno + ")";
    }

    /** Written to stderr (not the log) before a dead socket file is removed. */
    static String unlinkingStale(String file) {
        return "Unlinking stale socket " + file;
    }

    /** INFO, once per server. */
    static final String RPC_INITIALIZED = "RPC interface 'supervisor' initialized";

    /** INFO, once per server and Java [rpcinterface:x] namespace. */
    static String rpcInitialized(String namespace) {
        return "RPC interface '" + namespace + "' initialized";
    }

    /** CRIT for a server without username. */
    static String noAuthentication(String section) {
        return "Server '" + section + "' running without any HTTP authentication checking";
    }

    /** The health-check page's body. */
    static final String OK_BODY = "OK";
}
