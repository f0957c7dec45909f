package dev.jsupervisor.ctl;

import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** avail, reread, add, remove and update: the configuration against what runs. */
final class ConfigActions {
    private final Controller ctl;

    ConfigActions(Controller ctl) {
        this.ctl = ctl;
    }

    void register(Map<String, Action> actions) {
        actions.put("avail", this::avail);
        actions.put("reread", this::reread);
        actions.put("add", this::add);
        actions.put("remove", this::remove);
        actions.put("update", new Updater(ctl)::update);
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

    void avail(String arg) throws Exception {
        if (hasArguments("avail", arg)) {
            return;
        }
        Object infos;
        try {
            infos = ctl.call("supervisor.getAllConfigInfo");
        } catch (FaultException e) {
            shuttingDown(e, Messages.SUPERVISOR_SHUTTING_DOWN);
            return;
        }
        for (Map<?, ?> info : StatusActions.infos(infos)) {
            String name = Namespec.display((String) info.get("group"), (String) info.get("name"));
            ctl.output(String.format("%-32s %-9s %-9s %s:%s", name,
                    truthy(info.get("inuse")) ? "in use" : "avail",
                    truthy(info.get("autostart")) ? "auto" : "manual",
                    PythonText.str(info.get("group_prio")), PythonText.str(info.get("process_prio"))));
        }
    }

    private void shuttingDown(FaultException e, String message) throws FaultException {
        ctl.setExitStatus(ExitCodes.GENERIC);
        if (e.code() != Fault.SHUTDOWN_STATE.code()) {
            throw e;
        }
        ctl.output(message);
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n ? n.doubleValue() != 0 : value != null;
    }

    void reread(String arg) throws Exception {
        if (hasArguments("reread", arg)) {
            return;
        }
        Object result;
        try {
            result = ctl.call("supervisor.reloadConfig");
        } catch (FaultException e) {
            if (e.code() == Fault.CANT_REREAD.code()) {
                ctl.setExitStatus(ExitCodes.GENERIC);
                ctl.output(String.format(Messages.FAULT_TEXT, e.faultString()));
                return;
            }
            shuttingDown(e, Messages.SUPERVISOR_SHUTTING_DOWN);
            return;
        }
        showChanges(Changes.of(result));
    }

    private void showChanges(Changes changes) {
        Map<String, String> byName = new TreeMap<>();
        changes.added().forEach(g -> byName.put(g, "available"));
        changes.changed().forEach(g -> byName.put(g, "changed"));
        changes.removed().forEach(g -> byName.put(g, "disappeared"));
        if (byName.isEmpty()) {
            ctl.output(Messages.NO_CONFIG_UPDATES);
        }
        byName.forEach((name, what) -> ctl.output(name + ": " + what));
    }

    void add(String arg) throws Exception {
        for (String name : Words.split(arg)) {
            try {
                ctl.call("supervisor.addProcessGroup", name);
            } catch (FaultException e) {
                addFailed(e, name);
                continue;
            }
            ctl.output(name + ": added process group");
        }
    }

    private void addFailed(FaultException e, String name) throws FaultException {
        if (e.code() == Fault.ALREADY_ADDED.code()) {
            ctl.output(Messages.GROUP_ACTIVE);
            return;
        }
        ctl.setExitStatus(ExitCodes.GENERIC);
        if (e.code() == Fault.SHUTDOWN_STATE.code()) {
            ctl.output(Messages.SHUTTING_DOWN);
        } else if (e.code() == Fault.BAD_NAME.code()) {
            ctl.output(String.format(Messages.NO_SUCH_PROCESS_GROUP, name));
        } else {
            throw e;
        }
    }

    void remove(String arg) throws Exception {
        for (String name : Words.split(arg)) {
            try {
                ctl.call("supervisor.removeProcessGroup", name);
            } catch (FaultException e) {
                ctl.setExitStatus(ExitCodes.GENERIC);
                if (e.code() == Fault.STILL_RUNNING.code()) {
                    ctl.output(String.format(Messages.STILL_RUNNING, name));
                } else if (e.code() == Fault.BAD_NAME.code()) {
                    ctl.output(String.format(Messages.NO_SUCH_PROCESS_GROUP, name));
                } else {
                    throw e;
                }
                continue;
            }
            ctl.output(name + ": removed process group");
        }
    }

    /** reloadConfig's answer: [[added, changed, removed]]. */
    record Changes(List<String> added, List<String> changed, List<String> removed) {
        static Changes of(Object result) {
            List<?> triple = (List<?>) ((List<?>) result).get(0);
            return new Changes(names(triple.get(0)), names(triple.get(1)), names(triple.get(2)));
        }

        private static List<String> names(Object list) {
            List<String> names = new ArrayList<>();
            for (Object o : (List<?>) list) {
                names.add(PythonText.str(o));
            }
            return names;
        }
    }
}
