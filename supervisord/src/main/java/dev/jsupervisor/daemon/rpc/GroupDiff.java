package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.config.model.EventListenerPoolConfig;
import dev.jsupervisor.config.model.FcgiGroupConfig;
import dev.jsupervisor.config.model.GroupConfig;
import dev.jsupervisor.config.model.LogChannelConfig;
import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.config.value.LogfileName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * reloadConfig's comparison of freshly read groups with the active ones (spec 4.5): added in the
 * new configuration's order, changed in the new order, removed in the order the active groups
 * were activated. "Equal" is the reference's equality, including its blind spot: it skips a log
 * file when either side is AUTO, and an active group's AUTO has already become a concrete file,
 * so a fresh AUTO matches any active log file (a switch from a path to AUTO is no change), while
 * a fresh path or NONE never matches an active AUTO.
 */
final class GroupDiff {
    record Result(List<String> added, List<String> changed, List<String> removed) {
        List<Object> asReply() {
            return List.of(List.of(List.copyOf(added), List.copyOf(changed), List.copyOf(removed)));
        }
    }

    private GroupDiff() {}

    /** @param active the active groups' configs in activation order */
    static Result of(List<GroupConfig> fresh, List<GroupConfig> active) {
        Map<String, GroupConfig> current = new LinkedHashMap<>();
        active.forEach(g -> current.put(g.name(), g));
        List<String> names = fresh.stream().map(GroupConfig::name).toList();
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (GroupConfig g : fresh) {
            GroupConfig old = current.get(g.name());
            if (old == null) {
                added.add(g.name());
            } else if (!sameGroup(g, old)) {
                changed.add(g.name());
            }
        }
        List<String> removed = current.keySet().stream().filter(n -> !names.contains(n)).toList();
        return new Result(added, changed, removed);
    }

    /** @param a the freshly read group, @param b the active one */
    static boolean sameGroup(GroupConfig a, GroupConfig b) {
        if (a.getClass() != b.getClass() || !a.name().equals(b.name()) || a.priority() != b.priority()
                || a.processes().size() != b.processes().size()) {
            return false;
        }
        for (int i = 0; i < a.processes().size(); i++) {
            if (!sameProcess(a.processes().get(i), b.processes().get(i))) {
                return false;
            }
        }
        if (a instanceof EventListenerPoolConfig pa && b instanceof EventListenerPoolConfig pb) {
            return pa.bufferSize() == pb.bufferSize() && pa.events().equals(pb.events())
                    && pa.resultHandler().equals(pb.resultHandler());
        }
        if (a instanceof FcgiGroupConfig fa && b instanceof FcgiGroupConfig fb) {
            // The reference's socket configs compare by URL only: a new socket_mode, socket_owner
            // or socket_backlog alone leaves the group unchanged (and running with the old ones).
            return fa.socket().url().equals(fb.socket().url());
        }
        return true;
    }

    /** @param a the freshly read process, @param b the active one */
    static boolean sameProcess(ProcessConfig a, ProcessConfig b) {
        return a.name().equals(b.name()) && Objects.equals(a.uid(), b.uid()) && a.command().equals(b.command())
                && Objects.equals(a.directory(), b.directory()) && Objects.equals(a.umask(), b.umask())
                && a.priority() == b.priority() && a.autostart() == b.autostart()
                && a.autorestart() == b.autorestart() && a.startsecs() == b.startsecs()
                && a.startretries() == b.startretries() && sameChannel(a.stdout(), b.stdout())
                && sameChannel(a.stderr(), b.stderr()) && a.stopsignal() == b.stopsignal()
                && a.stopwaitsecs() == b.stopwaitsecs() && a.stopasgroup() == b.stopasgroup()
                && a.killasgroup() == b.killasgroup() && a.exitcodes().equals(b.exitcodes())
                && a.redirectStderr() == b.redirectStderr() && a.environment().equals(b.environment())
                && Objects.equals(a.serverurl(), b.serverurl());
    }

    private static boolean sameChannel(LogChannelConfig fresh, LogChannelConfig active) {
        boolean sameFile = fresh.logfile().kind() == LogfileName.Kind.AUTO || sameFile(fresh.logfile(), active.logfile());
        return sameFile && fresh.logfileMaxbytes() == active.logfileMaxbytes()
                && fresh.logfileBackups() == active.logfileBackups()
                && fresh.captureMaxbytes() == active.captureMaxbytes()
                && fresh.eventsEnabled() == active.eventsEnabled() && fresh.syslog() == active.syslog();
    }

    /** An active AUTO stands for its concrete file, which no fresh path or NONE equals. */
    private static boolean sameFile(LogfileName fresh, LogfileName active) {
        return active.kind() != LogfileName.Kind.AUTO && fresh.equals(active);
    }
}
