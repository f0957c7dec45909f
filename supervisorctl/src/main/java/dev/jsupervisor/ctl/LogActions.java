package dev.jsupervisor.ctl;

import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import java.util.List;
import java.util.Map;

/** tail and maintail: the last bytes of a log, or (-f) the log as it grows. */
final class LogActions {
    private static final int DEFAULT_BYTES = 1600;

    private final Controller ctl;

    LogActions(Controller ctl) {
        this.ctl = ctl;
    }

    void register(Map<String, Action> actions) {
        actions.put("tail", this::tail);
        actions.put("maintail", this::maintail);
    }

    private void fail(String message, boolean withHelp, String action) {
        ctl.output(message);
        ctl.setExitStatus(ExitCodes.GENERIC);
        if (withHelp) {
            ctl.output(Messages.ACTION_HELP.get(action));
        }
    }

    void tail(String arg) throws Exception {
        if (!ctl.upcheck()) {
            return;
        }
        List<String> args = new java.util.ArrayList<>(Words.split(arg));
        if (args.isEmpty() || args.size() > 3) {
            fail(args.isEmpty() ? Messages.TOO_FEW : Messages.TOO_MANY, true, "tail");
            return;
        }
        String modifier = args.get(0).startsWith("-") ? args.remove(0) : null;
        String name;
        String channel = "stdout";
        if (args.size() == 1) {
            name = args.get(0);
        } else if (args.isEmpty()) {
            fail(Messages.TAIL_NEEDS_NAME, false, "tail");
            return;
        } else {
            name = args.get(0);
            channel = PythonText.lower(args.get(args.size() - 1));
            if (!channel.equals("stdout") && !channel.equals("stderr")) {
                fail(String.format(Messages.BAD_CHANNEL, PythonText.repr(channel)), false, "tail");
                return;
            }
        }
        Integer bytes = modifier == null ? Integer.valueOf(DEFAULT_BYTES) : parseModifier(modifier);
        if (modifier != null && bytes == null && !modifier.equals("-f")) {
            fail(String.format(Messages.BAD_ARGUMENT, modifier), false, "tail");
            return;
        }
        if (bytes == null) {
            new Follower(ctl).follow("/logtail/" + name + "/" + channel);
            return;
        }
        String method = channel.equals("stdout") ? "supervisor.readProcessStdoutLog" : "supervisor.readProcessStderrLog";
        read(name, method, -bytes.intValue(), true);
    }

    /** "-f" gives null (follow); "-N" gives N; anything else gives null too (caller tells them apart). */
    private static Integer parseModifier(String modifier) {
        return PythonText.parseInt(modifier.substring(1));
    }

    private void read(String name, String method, int offset, boolean process) throws Exception {
        Object output;
        try {
            output = process ? ctl.call(method, name, offset, 0) : ctl.call(method, offset, 0);
        } catch (FaultException e) {
            ctl.setExitStatus(ExitCodes.GENERIC);
            String reason = readError(e.code(), process);
            if (reason == null) {
                throw e;
            }
            ctl.output(String.format(Messages.ERROR_RESULT, name, reason));
            return;
        }
        ctl.output(PythonText.str(output));
    }

    private static String readError(int code, boolean process) {
        if (code == Fault.NO_FILE.code()) {
            return "no log file";
        }
        if (code == Fault.FAILED.code()) {
            return "unknown error reading log";
        }
        return process && code == Fault.BAD_NAME.code() ? "no such process name" : null;
    }

    void maintail(String arg) throws Exception {
        if (!ctl.upcheck()) {
            return;
        }
        List<String> args = Words.split(arg);
        int bytes = DEFAULT_BYTES;
        if (args.size() > 1) {
            fail(Messages.TOO_MANY, true, "maintail");
            return;
        }
        if (args.size() == 1) {
            String word = args.get(0);
            if (word.equals("-f")) {
                new Follower(ctl).follow("/mainlogtail");
                return;
            }
            Integer n = word.startsWith("-") ? PythonText.parseInt(word.substring(1)) : null;
            if (n == null) {
                fail(String.format(Messages.BAD_ARGUMENT, word), false, "maintail");
                return;
            }
            bytes = n;
        }
        read("supervisord", "supervisor.readLog", -bytes, false);
    }
}
