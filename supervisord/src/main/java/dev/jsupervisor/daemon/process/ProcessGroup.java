package dev.jsupervisor.daemon.process;

import dev.jsupervisor.config.model.GroupConfig;
import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A process group: its config and its processes in (priority, name) order. */
public final class ProcessGroup {

    /**
     * Priority, then name: the order of a freshly read configuration. Among active groups of equal
     * priority the reference keeps activation order instead (see {@link Supervision#addGroup}).
     */
    public static final Comparator<ProcessGroup> BY_PRIORITY =
            Comparator.comparingInt(ProcessGroup::priority).thenComparing(ProcessGroup::name);

    private final GroupConfig config;
    private final List<ProcessRecord> processes;

    public ProcessGroup(GroupConfig config) {
        this.config = config;
        List<ProcessRecord> records = new ArrayList<>();
        for (ProcessConfig pc : config.processes()) {
            records.add(new ProcessRecord(pc, config.name()));
        }
        records.sort(ProcessRecord.BY_PRIORITY);
        this.processes = List.copyOf(records);
    }

    public GroupConfig config() { return config; }

    public String name() { return config.name(); }

    public int priority() { return config.priority(); }

    /** In (priority, name) order. */
    public List<ProcessRecord> processes() { return processes; }

    public Optional<ProcessRecord> process(String name) {
        return processes.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Processes not in a stopped state (STOPPED, EXITED, FATAL, UNKNOWN). */
    public List<ProcessRecord> unstopped() {
        return processes.stream().filter(p -> !p.state().isStopped()).toList();
    }

    /** One loop pass over the group: a TICK to each process in order. */
    List<Effect> transition(Now now, boolean automaticStarts) {
        List<Effect> effects = new ArrayList<>();
        Trigger tick = new Trigger.Tick(automaticStarts);
        for (ProcessRecord p : processes) {
            effects.addAll(TransitionTable.fire(p, tick, now));
        }
        return effects;
    }

    /**
     * The shutdown stop, repeated each pass until the group is down: highest priority first,
     * running and starting processes are stopped, those between retries given up (FATAL);
     * the rest are already stopping or stopped.
     */
    List<Effect> stopAllForShutdown(Now now) {
        List<Effect> effects = new ArrayList<>();
        for (int i = processes.size() - 1; i >= 0; i--) {
            ProcessRecord p = processes.get(i);
            if (p.state() == ProcessState.RUNNING || p.state() == ProcessState.STARTING) {
                effects.addAll(TransitionTable.fire(p, new Trigger.Stop(), now));
            } else if (p.state() == ProcessState.BACKOFF) {
                effects.addAll(TransitionTable.fire(p, new Trigger.GiveUp(), now));
            }
        }
        return effects;
    }
}
