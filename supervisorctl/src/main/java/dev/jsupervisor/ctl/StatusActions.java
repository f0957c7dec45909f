package dev.jsupervisor.ctl;

import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** status, pid and open: what is running where. */
final class StatusActions {
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private final Controller ctl;

    StatusActions(Controller ctl) {
        this.ctl = ctl;
    }

    void register(Map<String, Action> actions) {
        actions.put("status", this::status);
        actions.put("pid", this::pid);
        actions.put("open", this::open);
    }

    void status(String arg) throws Exception {
        if (!ctl.upcheck()) {
            ctl.setExitStatus(ExitCodes.STATUS_UNKNOWN);
            return;
        }
        List<Map<?, ?>> all = infos(ctl.call("supervisor.getAllProcessInfo"));
        List<String> names = Words.split(arg);
        List<Map<?, ?>> shown = names.isEmpty() || names.contains("all") ? all : matching(all, names);
        show(shown);
        for (Map<?, ?> info : shown) {
            ProcessState state = ProcessState.ofCode(((Number) info.get("state")).intValue());
            if (state == null || state.isStopped()) {
                ctl.setExitStatus(ExitCodes.STATUS_NOT_RUNNING);
            }
        }
    }

    private List<Map<?, ?>> matching(List<Map<?, ?>> all, List<String> names) {
        List<Map<?, ?>> shown = new ArrayList<>();
        for (String name : names) {
            Namespec spec = Namespec.parse(name);
            boolean found = false;
            for (Map<?, ?> info : all) {
                if (info.get("group").equals(spec.group())
                        && (spec.wholeGroup() || info.get("name").equals(spec.process()))) {
                    found = true;
                    shown.add(info);
                }
            }
            if (!found) {
                ctl.output(spec.wholeGroup() ? String.format(Messages.NO_SUCH_GROUP, spec.group())
                        : String.format(Messages.NO_SUCH_PROCESS, name));
                ctl.setExitStatus(ExitCodes.STATUS_UNKNOWN);
            }
        }
        return shown;
    }

    /** One line per process: namespec and state in columns, then the description. */
    private void show(List<Map<?, ?>> infos) {
        int width = 30;
        List<String> specs = new ArrayList<>();
        for (Map<?, ?> info : infos) {
            String spec = Namespec.display((String) info.get("group"), (String) info.get("name"));
            specs.add(spec);
            width = Math.max(width, spec.length());
        }
        for (int i = 0; i < infos.size(); i++) {
            Map<?, ?> info = infos.get(i);
            ctl.output(pad(specs.get(i), width + 3) + pad(PythonText.str(info.get("statename")), 10)
                    + PythonText.str(info.get("description")));
        }
    }

    private static String pad(String text, int width) {
        int n = text.codePointCount(0, text.length());
        return n >= width ? text : text + " ".repeat(width - n);
    }

    @SuppressWarnings("unchecked")
    static List<Map<?, ?>> infos(Object value) {
        return (List<Map<?, ?>>) (List<?>) value;
    }

    void pid(String arg) throws Exception {
        if (!ctl.upcheck()) {
            return;
        }
        List<String> names = Words.split(arg);
        if (names.isEmpty()) {
            ctl.output(PythonText.str(ctl.call("supervisor.getPID")));
        } else if (names.contains("all")) {
            for (Map<?, ?> info : infos(ctl.call("supervisor.getAllProcessInfo"))) {
                ctl.output(PythonText.str(info.get("pid")));
            }
        } else {
            for (String name : names) {
                pidOf(name);
            }
        }
    }

    private void pidOf(String name) throws Exception {
        Object pid;
        try {
            pid = ((Map<?, ?>) ctl.call("supervisor.getProcessInfo", name)).get("pid");
        } catch (FaultException e) {
            ctl.setExitStatus(ExitCodes.GENERIC);
            if (e.code() != Fault.BAD_NAME.code()) {
                throw e;
            }
            ctl.output(String.format(Messages.PID_NO_SUCH_PROCESS, name));
            return;
        }
        ctl.output(PythonText.str(pid));
        if (pid instanceof Number n && n.longValue() == 0) {
            ctl.setExitStatus(ExitCodes.NOT_RUNNING);
        }
    }

    void open(String arg) throws Exception {
        String url = arg.strip();
        Matcher m = SCHEME.matcher(url);
        String scheme = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("unix") && !scheme.equals("http")) {
            ctl.output(Messages.BAD_URL);
            ctl.setExitStatus(ExitCodes.GENERIC);
            return;
        }
        ctl.useServer(url);
        int before = ctl.exitStatus();
        try {
            status("");
        } finally {
            ctl.setExitStatus(before);
        }
    }
}
