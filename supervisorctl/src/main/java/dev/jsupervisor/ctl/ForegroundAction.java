package dev.jsupervisor.ctl;

import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.List;
import java.util.Map;

/**
 * fg: attaches the terminal to a running process. Its stdout and stderr logs stream to our
 * output ({@link ForegroundStreams}) while every line typed goes to the process's stdin;
 * Ctrl-C or end of input detaches, and so does the process leaving RUNNING (noticed after the
 * next line, as in the reference).
 */
final class ForegroundAction {
    private final Controller ctl;
    private final Prompt input;

    ForegroundAction(Controller ctl, Prompt input) {
        this.ctl = ctl;
        this.input = input;
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
        String name = names.get(0);
        Map<?, ?> info;
        try {
            info = (Map<?, ?>) ctl.call("supervisor.getProcessInfo", name);
        } catch (FaultException e) {
            if (e.code() == Fault.BAD_NAME.code()) {
                fail(Messages.FG_BAD_NAME);
            } else {
                ctl.output("ERROR: " + e.getMessage());
            }
            return;
        }
        if (!isRunning(info)) {
            fail(Messages.FG_NOT_RUNNING);
            return;
        }
        ctl.output(Messages.PRESS_CTRL_C);
        ForegroundStreams streams = ForegroundStreams.start(ctl, name);
        try {
            forwardInput(name);
        } finally {
            streams.close();
        }
    }

    /**
     * Sends each typed line (plus its newline) to the process until something ends the session.
     * Ctrl-C or end of input anywhere in here (even during a call) detaches, as in the reference.
     */
    private void forwardInput(String name) throws Exception {
        try {
            while (forwardOneLine(name)) {
                // next line
            }
        } catch (KeyboardInterrupt | EndOfInput e) {
            ctl.clearInterrupt();
            ctl.output(Messages.FG_EXITING);
        }
    }

    /** False once the session is over (the process is gone or refused the input). */
    private boolean forwardOneLine(String name) throws Exception {
        String line = input.ask("");
        try {
            ctl.call("supervisor.sendProcessStdin", name, line + "\n");
        } catch (FaultException e) {
            ctl.output(e.code() == Fault.NOT_RUNNING.code() ? Messages.FG_KILLED : "ERROR: " + e.getMessage());
            ctl.output(Messages.FG_EXITING);
            return false;
        }
        if (!isRunning((Map<?, ?>) ctl.call("supervisor.getProcessInfo", name))) {
            ctl.output(Messages.FG_KILLED);
            ctl.output(Messages.FG_EXITING);
            return false;
        }
        return true;
    }

    private static boolean isRunning(Map<?, ?> info) {
        return ProcessState.ofCode(((Number) info.get("state")).intValue()) == ProcessState.RUNNING;
    }

    private void fail(String message) {
        ctl.output(message);
        ctl.setExitStatus(ExitCodes.GENERIC);
    }
}
