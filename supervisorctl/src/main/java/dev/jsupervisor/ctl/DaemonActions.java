package dev.jsupervisor.ctl;

import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import dev.jsupervisor.xmlrpc.HttpStatusException;
import dev.jsupervisor.xmlrpc.TransportException;
import java.util.Map;

/** shutdown, reload and version: the daemon itself. */
final class DaemonActions {
    private final Controller ctl;
    private final Prompt prompt;

    DaemonActions(Controller ctl, Prompt prompt) {
        this.ctl = ctl;
        this.prompt = prompt;
    }

    void register(Map<String, Action> actions) {
        actions.put("shutdown", this::shutdown);
        actions.put("reload", this::reload);
        actions.put("version", this::version);
    }

    private boolean hasArguments(String action, String arg) {
        if (arg.isEmpty()) {
            return false;
        }
        ctl.output(String.format(Messages.NO_ARGUMENTS, action));
        ctl.setExitStatus(ExitCodes.GENERIC);
        ctl.output(Messages.ACTION_HELP.get(action));
        return true;
    }

    /** Interactive sessions (and -i) ask first; one-shot runs never do. */
    private boolean confirmed(String question, int pythonLine) {
        if (!ctl.interactive()) {
            return true;
        }
        String answer;
        try {
            answer = prompt.ask(question);
        } catch (EndOfInput e) {
            throw e.at(PythonText.SUPERVISORCTL_PY, pythonLine);
        }
        return answer.toLowerCase(java.util.Locale.ROOT).startsWith("y");
    }

    void shutdown(String arg) throws Exception {
        if (hasArguments("shutdown", arg) || !confirmed(Messages.REALLY_SHUTDOWN, 987)) {
            return;
        }
        try {
            ctl.call("supervisor.shutdown");
        } catch (FaultException e) {
            if (e.code() != Fault.SHUTDOWN_STATE.code()) {
                ctl.setExitStatus(ExitCodes.GENERIC);
                throw e;
            }
            ctl.output(Messages.ALREADY_SHUTTING_DOWN);
            return;
        } catch (HttpStatusException e) {
            throw e;
        } catch (TransportException e) {
            ctl.setExitStatus(ExitCodes.GENERIC);
            if (e.kind() == TransportException.Kind.CONNECTION_REFUSED) {
                ctl.output(String.format(Messages.SHUTDOWN_REFUSED, ctl.serverUrl()));
            } else if (e.kind() == TransportException.Kind.NO_SUCH_FILE) {
                ctl.output(String.format(Messages.SHUTDOWN_NO_FILE, ctl.serverUrl()));
            } else {
                throw e;
            }
            return;
        }
        ctl.output(Messages.SHUT_DOWN);
    }

    void reload(String arg) throws Exception {
        if (hasArguments("reload", arg) || !confirmed(Messages.REALLY_RELOAD, 1027)) {
            return;
        }
        try {
            ctl.call("supervisor.restart");
        } catch (FaultException e) {
            ctl.setExitStatus(ExitCodes.GENERIC);
            if (e.code() != Fault.SHUTDOWN_STATE.code()) {
                throw e;
            }
            ctl.output(Messages.ALREADY_SHUTTING_DOWN);
            return;
        }
        ctl.output(Messages.RESTARTED);
    }

    void version(String arg) throws Exception {
        if (hasArguments("version", arg) || !ctl.upcheck()) {
            return;
        }
        ctl.output(PythonText.str(ctl.call("supervisor.getSupervisorVersion")));
    }
}
