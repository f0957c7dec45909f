package dev.jsupervisor.ctl;

import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import dev.jsupervisor.xmlrpc.HttpStatusException;
import dev.jsupervisor.xmlrpc.TransportException;
import dev.jsupervisor.xmlrpc.XmlRpcClient;
import java.io.PrintStream;

/**
 * The state one supervisorctl run shares between its actions: where the server is, the
 * credentials, the output, and the exit status that actions overwrite as they go.
 */
final class Controller {
    /** The API version this client speaks (supervisor.getVersion). */
    static final String API_VERSION = "3.0";

    private final PrintStream out;
    private final boolean interactive;
    private String serverUrl;
    private String username;
    private String password;
    private XmlRpcClient client;
    /** Set by Ctrl-C while an action runs (from the signal thread); the next call or its failure ends the action. */
    private volatile boolean interrupted;
    private java.util.List<?> completionInfo;
    private int exitStatus = ExitCodes.SUCCESS;

    private java.util.List<PluginActions.Group> plugins = java.util.List.of();

    Controller(PrintStream out, String serverUrl, String username, String password, boolean interactive) {
        this.out = out;
        this.serverUrl = serverUrl;
        this.username = username;
        this.password = password;
        this.interactive = interactive;
    }

    /** Where output goes (the plain shell writes its prompts there too, keeping the order). */
    PrintStream out() {
        return out;
    }

    void output(String line) {
        out.print(line + "\n");
        out.flush();
    }

    void print(String text) {
        out.print(text);
        out.flush();
    }

    /** Raw bytes of a log stream, written as they arrive. */
    void write(byte[] data) {
        out.write(data, 0, data.length);
        out.flush();
    }

    int exitStatus() {
        return exitStatus;
    }

    void setExitStatus(int status) {
        exitStatus = status;
    }

    boolean interactive() {
        return interactive;
    }

    String serverUrl() {
        return serverUrl;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    /** The login typed after a 401 in interactive mode; the next call reconnects with it. */
    void useCredentials(String user, String pass) {
        close();
        username = user;
        password = pass;
    }

    /**
     * Ctrl-C while {@code worker} runs an action: interrupting the thread closes the socket it
     * is blocked on (NIO channels are interruptible), and the failed call becomes a
     * {@link KeyboardInterrupt}.
     */
    void interrupt(Thread worker) {
        interrupted = true;
        worker.interrupt();
    }

    /** Forgets an interrupt once it has been handled (and clears the thread's flag with it). */
    void clearInterrupt() {
        interrupted = false;
        Thread.interrupted();
    }

    /**
     * getAllProcessInfo for tab completion, fetched once and kept until the next command (a
     * single Tab may ask several times). Null when the server does not answer.
     */
    java.util.List<?> processesForCompletion() {
        if (completionInfo == null) {
            try {
                completionInfo = (java.util.List<?>) call("supervisor.getAllProcessInfo");
            } catch (FaultException | TransportException | RuntimeException e) {
                return null; // readline shows no matches when the completer fails
            }
        }
        return completionInfo;
    }

    void forgetCompletions() {
        completionInfo = null;
    }

    /** The Java [ctlplugin:x] actions, set once at start. */
    java.util.List<PluginActions.Group> plugins() {
        return plugins;
    }

    void usePlugins(java.util.List<PluginActions.Group> groups) {
        plugins = java.util.List.copyOf(groups);
    }

    void useServer(String url) {
        close();
        serverUrl = url;
    }

    /** One XML-RPC call on the (lazily opened, then reused) connection. */
    Object call(String method, Object... params) throws FaultException, TransportException {
        if (interrupted) {
            throw new KeyboardInterrupt();
        }
        if (client == null) {
            client = new XmlRpcClient(serverUrl, username, password);
        }
        try {
            return client.call(method, params);
        } catch (TransportException e) {
            if (interrupted) {
                close();
                throw new KeyboardInterrupt();
            }
            throw e;
        }
    }

    void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }

    /** Maps a result or fault code to the exit status; {@code ignored} (may be null) leaves it unchanged. */
    void exitFromFault(int code, Fault ignored) {
        if (code == Fault.SUCCESS.code() || (ignored != null && code == ignored.code())) {
            return;
        }
        if (code == Fault.SPAWN_ERROR.code() || code == Fault.ABNORMAL_TERMINATION.code()
                || code == Fault.NOT_RUNNING.code()) {
            exitStatus = ExitCodes.NOT_RUNNING;
        } else {
            exitStatus = ExitCodes.GENERIC;
        }
    }

    /**
     * Checks that a supervisord with the expected API answers. False (after printing why and
     * setting the exit status) when it does not; other failures propagate.
     */
    boolean upcheck() throws FaultException, TransportException {
        try {
            Object api = call("supervisor.getVersion");
            if (!API_VERSION.equals(api)) {
                output(String.format(Messages.API_MISMATCH, API_VERSION, PythonText.str(api)));
                exitStatus = ExitCodes.NOT_INSTALLED;
                return false;
            }
            return true;
        } catch (FaultException e) {
            if (e.code() == Fault.UNKNOWN_METHOD.code()) {
                output(Messages.NO_SUPERVISOR_NAMESPACE);
                exitStatus = ExitCodes.UNIMPLEMENTED;
                return false;
            }
            exitStatus = ExitCodes.GENERIC;
            throw e;
        } catch (HttpStatusException e) {
            throw e;
        } catch (TransportException e) {
            return connectionFailed(e);
        }
    }

    private boolean connectionFailed(TransportException e) throws TransportException {
        if (e.kind() == TransportException.Kind.CONNECTION_REFUSED) {
            output(String.format(Messages.REFUSED, serverUrl));
            exitStatus = ExitCodes.INSUFFICIENT_PRIVILEGES;
            return false;
        }
        if (e.kind() == TransportException.Kind.NO_SUCH_FILE) {
            output(String.format(Messages.NO_SUCH_FILE, serverUrl));
            exitStatus = ExitCodes.NOT_RUNNING;
            return false;
        }
        exitStatus = ExitCodes.GENERIC;
        throw e;
    }
}
