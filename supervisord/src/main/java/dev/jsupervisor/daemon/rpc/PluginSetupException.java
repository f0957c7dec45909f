package dev.jsupervisor.daemon.rpc;

/** A Java [rpcinterface:x] factory failed: the daemon does not start (one line, exit 1). */
public final class PluginSetupException extends Exception {
    private static final long serialVersionUID = 1L;

    PluginSetupException(String message) {
        super(message);
    }
}
