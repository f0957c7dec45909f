package dev.jsupervisor.daemon.plugin;

import dev.jsupervisor.xmlrpc.FaultException;

/**
 * What a plugin's methods may do of the running daemon: call any XML-RPC method of the table
 * (supervisor.*, system.*, other plugins) with the same checks and faults as a client gets, and
 * write to the activity log. Kept this small on purpose: the published XML-RPC interface is the
 * stable view of the process table. Only use it from a method body (on the loop thread).
 */
public interface PluginHost {
    /**
     * Calls a method by full name. A method that would wait (startProcess with wait=true, or a
     * multicall of such) is refused here: pass wait=false.
     *
     * @return the method's result
     * @throws FaultException the method's fault
     */
    Object call(String method, Object... args) throws FaultException;

    /** An INFO line of the activity log. */
    void info(String message);

    /** A WARN line of the activity log. */
    void warn(String message);
}
