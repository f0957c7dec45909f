package dev.jsupervisor.ctl;

import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import java.util.List;
import java.util.Map;

/** start, stop, restart, signal and clear: one result line per process. */
final class ProcessActions {
    private final Controller ctl;

    ProcessActions(Controller ctl) {
        this.ctl = ctl;
    }

    void register(Map<String, Action> actions) {
        actions.put("start", this::start);
        actions.put("stop", this::stop);
        actions.put("restart", this::restart);
        actions.put("signal", this::signal);
        actions.put("clear", this::clear);
    }

    private boolean missingNames(String action, List<String> names) {
        if (!names.isEmpty()) {
            return false;
        }
        ctl.output(String.format(Messages.REQUIRES_NAME, action));
        ctl.setExitStatus(action.equals("start") ? ExitCodes.INVALID_ARGS : ExitCodes.GENERIC);
        ctl.output(Messages.ACTION_HELP.get(action));
        return true;
    }

    void start(String arg) throws Exception {
        if (!ctl.upcheck()) {
            return;
        }
        List<String> names = Words.split(arg);
        if (missingNames("start", names)) {
            return;
        }
        if (names.contains("all")) {
            results(ctl.call("supervisor.startAllProcesses"), Results.START, Fault.ALREADY_STARTED);
            return;
        }
        for (String name : names) {
            Namespec spec = Namespec.parse(name);
            if (spec.wholeGroup()) {
                onGroup("supervisor.startProcessGroup", spec, Results.START, Fault.ALREADY_STARTED,
                        ExitCodes.INVALID_ARGS);
            } else {
                onProcess(spec, Results.START, Fault.ALREADY_STARTED, "supervisor.startProcess", name);
            }
        }
    }

    void stop(String arg) throws Exception {
        if (!ctl.upcheck()) {
            return;
        }
        List<String> names = Words.split(arg);
        if (missingNames("stop", names)) {
            return;
        }
        if (names.contains("all")) {
            results(ctl.call("supervisor.stopAllProcesses"), Results.STOP, Fault.NOT_RUNNING);
            return;
        }
        for (String name : names) {
            Namespec spec = Namespec.parse(name);
            if (spec.wholeGroup()) {
                onGroup("supervisor.stopProcessGroup", spec, Results.STOP, Fault.NOT_RUNNING, ExitCodes.GENERIC);
            } else {
                onProcess(spec, Results.STOP, Fault.NOT_RUNNING, "supervisor.stopProcess", name);
            }
        }
    }

    void restart(String arg) throws Exception {
        if (!ctl.upcheck()) {
            return;
        }
        if (missingNames("restart", Words.split(arg))) {
            return;
        }
        stop(arg);
        start(arg);
    }

    void signal(String arg) throws Exception {
        if (!ctl.upcheck()) {
            return;
        }
        List<String> args = Words.split(arg);
        if (args.size() < 2) {
            ctl.output(Messages.SIGNAL_ARGS);
            ctl.setExitStatus(ExitCodes.GENERIC);
            ctl.output(Messages.ACTION_HELP.get("signal"));
            return;
        }
        String sig = args.get(0);
        List<String> names = args.subList(1, args.size());
        if (names.contains("all")) {
            results(ctl.call("supervisor.signalAllProcesses", sig), Results.SIGNAL, null);
            return;
        }
        for (String name : names) {
            Namespec spec = Namespec.parse(name);
            if (spec.wholeGroup()) {
                onGroup("supervisor.signalProcessGroup", spec, Results.SIGNAL, null, ExitCodes.GENERIC, sig);
            } else {
                onProcess(spec, Results.SIGNAL, null, "supervisor.signalProcess", name, sig);
            }
        }
    }

    void clear(String arg) throws Exception {
        if (!ctl.upcheck()) {
            return;
        }
        List<String> names = Words.split(arg);
        if (missingNames("clear", names)) {
            return;
        }
        if (names.contains("all")) {
            results(ctl.call("supervisor.clearAllProcessLogs"), Results.CLEAR, null);
            return;
        }
        for (String name : names) {
            // whole groups go to clearProcessLogs too, which rejects them (the "grp:None" quirk)
            onProcess(Namespec.parse(name), Results.CLEAR, null, "supervisor.clearProcessLogs", name);
        }
    }

    private void results(Object value, Results kind, Fault ignored) {
        for (Object item : (List<?>) value) {
            Map<?, ?> result = (Map<?, ?>) item;
            int code = ((Number) result.get("status")).intValue();
            ctl.output(kind.line(code, (String) result.get("group"), (String) result.get("name"),
                    PythonText.str(result.get("description"))));
            ctl.exitFromFault(code, ignored);
        }
    }

    private void onGroup(String method, Namespec spec, Results kind, Fault ignored, int badNameExit,
            Object... extra) throws Exception {
        Object[] params = prepend(spec.group(), extra);
        try {
            results(ctl.call(method, params), kind, ignored);
        } catch (FaultException e) {
            if (e.code() != Fault.BAD_NAME.code()) {
                ctl.setExitStatus(ExitCodes.GENERIC);
                throw e;
            }
            ctl.output(String.format(Messages.NO_SUCH_GROUP, spec.group()));
            ctl.setExitStatus(badNameExit);
        }
    }

    private void onProcess(Namespec spec, Results kind, Fault ignored, String method, String name,
            Object... extra) throws Exception {
        String shownProcess = spec.process() == null ? "None" : spec.process();
        try {
            ctl.call(method, prepend(name, extra));
        } catch (FaultException e) {
            ctl.output(kind.line(e.code(), spec.group(), shownProcess, e.faultString()));
            ctl.exitFromFault(e.code(), ignored);
            return;
        }
        ctl.output(Namespec.display(spec.group(), shownProcess) + ": " + kind.success());
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
