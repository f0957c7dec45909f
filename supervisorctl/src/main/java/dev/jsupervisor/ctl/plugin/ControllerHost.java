package dev.jsupervisor.ctl.plugin;

import dev.jsupervisor.xmlrpc.FaultException;
import dev.jsupervisor.xmlrpc.TransportException;

/**
 * What a supervisorctl plugin's actions may use: the XML-RPC connection to the server (the same
 * one, with the same credentials, as the built-in actions) and supervisorctl's output.
 */
public interface ControllerHost {
    /**
     * One XML-RPC call to the server.
     *
     * @throws FaultException     the method's fault
     * @throws TransportException the server cannot be reached (left unhandled, it is reported
     *                            as built-in actions report it, e.g. "... refused connection")
     */
    Object call(String method, Object... params) throws FaultException, TransportException;

    /** Prints a line on supervisorctl's output. */
    void output(String line);

    /** The exit status of a one-shot supervisorctl (the last one set wins; 0 when never set). */
    void setExitStatus(int status);

    /** The server URL in use (serverurl=, -s, or the shell's open command). */
    String serverUrl();
}
