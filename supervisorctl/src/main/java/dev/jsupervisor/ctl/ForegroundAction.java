package dev.jsupervisor.ctl;

import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.List;
import java.util.Map;

/**
 * fg: the argument and state checks. Attaching to the process (streaming its output while
 * forwarding stdin) belongs to the interactive shell step and is not there yet.
 */
final class ForegroundAction {
    private final Controller ctl;

    ForegroundAction(Controller ctl) {
        this.ctl = ctl;
    }

    void register(Map<String, Action> actions) {
        actions.put("fg", this::fg);
    }

    void fg(String arg) throws Exception {
        if (!ctl.upcheck()) {
            return;
        }
        List<String> names = Words.split(arg);
        if (names.isEmpty() || names.size() > 1) {
            fail(names.isEmpty() ? Messages.FG_NO_NAME : Messages.FG_TOO_MANY);
            if (names.isEmpty()) {
                ctl.output(Messages.ACTION_HELP.get("fg"));
            }
            return;
        }
        Map<?, ?> info;
        try {
            info = (Map<?, ?>) ctl.call("supervisor.getProcessInfo", names.get(0));
        } catch (FaultException e) {
            fail(e.code() == Fault.BAD_NAME.code() ? Messages.FG_BAD_NAME : "ERROR: " + e.getMessage());
            return;
        }
        ProcessState state = ProcessState.ofCode(((Number) info.get("state")).intValue());
        if (state != ProcessState.RUNNING) {
            fail(Messages.FG_NOT_RUNNING);
            return;
        }
        fail(Messages.FG_UNSUPPORTED);
    }

    private void fail(String message) {
        ctl.output(message);
        ctl.setExitStatus(ExitCodes.GENERIC);
    }
}
