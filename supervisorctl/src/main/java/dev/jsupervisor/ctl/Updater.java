package dev.jsupervisor.ctl;

import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * update: rereads the configuration, then removes disappeared groups, replaces changed ones
 * and adds new ones (all of them, or only the groups named).
 */
final class Updater {
    private final Controller ctl;

    Updater(Controller ctl) {
        this.ctl = ctl;
    }

    void update(String arg) throws Exception {
        ConfigActions.Changes changes;
        try {
            changes = ConfigActions.Changes.of(ctl.call("supervisor.reloadConfig"));
        } catch (FaultException e) {
            ctl.setExitStatus(ExitCodes.GENERIC);
            if (e.code() != Fault.SHUTDOWN_STATE.code()) {
                throw e;
            }
            ctl.output(Messages.ALREADY_SHUTTING_DOWN);
            return;
        }
        Set<String> wanted = new LinkedHashSet<>(Words.split(arg));
        if (wanted.contains("all")) {
            wanted.clear();
        }
        if (!wanted.isEmpty()) {
            checkNames(wanted, changes.added());
        }
        for (String group : selected(changes.removed(), wanted)) {
            removeGroup(group);
        }
        for (String group : selected(changes.changed(), wanted)) {
            ctl.call("supervisor.stopProcessGroup", group);
            log(group, "stopped");
            ctl.call("supervisor.removeProcessGroup", group);
            ctl.call("supervisor.addProcessGroup", group);
            log(group, "updated process group");
        }
        for (String group : selected(changes.added(), wanted)) {
            ctl.call("supervisor.addProcessGroup", group);
            log(group, "added process group");
        }
    }

    private void log(String group, String what) {
        ctl.output(group + ": " + what);
    }

    private void checkNames(Set<String> wanted, List<String> added) throws Exception {
        Set<String> groups = new HashSet<>(added);
        for (Map<?, ?> info : StatusActions.infos(ctl.call("supervisor.getAllProcessInfo"))) {
            groups.add(PythonText.str(info.get("group")));
        }
        for (String name : wanted) {
            if (!groups.contains(name)) {
                ctl.output(String.format(Messages.UPDATE_NO_SUCH_GROUP, name));
                ctl.setExitStatus(ExitCodes.GENERIC);
            }
        }
    }

    private static List<String> selected(List<String> groups, Set<String> wanted) {
        return wanted.isEmpty() ? groups : groups.stream().filter(wanted::contains).toList();
    }

    private void removeGroup(String group) throws Exception {
        Object results = ctl.call("supervisor.stopProcessGroup", group);
        log(group, "stopped");
        for (Map<?, ?> result : StatusActions.infos(results)) {
            if (((Number) result.get("status")).intValue() == Fault.FAILED.code()) {
                log(group, Messages.HAS_PROBLEMS);
                ctl.setExitStatus(ExitCodes.GENERIC);
                return;
            }
        }
        ctl.call("supervisor.removeProcessGroup", group);
        log(group, "removed process group");
    }
}
