package dev.jsupervisor.daemon.process;

import dev.jsupervisor.config.model.GroupConfig;
import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * All process groups and the decisions that span them: the per-pass transition, requests from
 * the RPC layer, results fed back by the shell, and the ordered shutdown. Owned by the loop
 * thread; every method returns effects and performs none.
 *
 * <p>{@link #version()} counts the changes: every method that fires a cell, adds or removes a
 * group or begins the shutdown increments it, and a pass that changed nothing leaves it. With
 * no change and no deadline due, a pass cannot change anything, so the loop skips it: a request
 * then costs the same with 5 processes or 500.
 */
public final class Supervision {
    private final List<ProcessGroup> groups = new ArrayList<>();
    private final long autostartNotBeforeMillis;
    private ShutdownSequence shutdown;
    private long version;

    /** The groups of a freshly read config; autostart programs start on the first due pass. */
    public Supervision(List<? extends GroupConfig> groupConfigs, Now createdAt) {
        this.autostartNotBeforeMillis = createdAt.monotonicMillis() + Timing.FIRST_AUTOSTART_DELAY_MILLIS;
        for (GroupConfig config : groupConfigs) {
            addGroup(config);
        }
    }

    /** Increases whenever something changed that a pass could act on (see the class comment). */
    public long version() {
        return version;
    }

    // ---- the model ----------------------------------------------------------------------------

    /** By priority; equal priorities in activation order (the configuration's (priority, name) order at start). */
    public List<ProcessGroup> groups() {
        return List.copyOf(groups);
    }

    public Optional<ProcessGroup> group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    public Optional<ProcessRecord> process(String group, String name) {
        return group(group).flatMap(g -> g.process(name));
    }

    /** Every process: groups in priority order, processes in priority order within each. */
    public List<ProcessRecord> allProcesses() {
        List<ProcessRecord> all = new ArrayList<>();
        groups.forEach(g -> all.addAll(g.processes()));
        return all;
    }

    /** The process whose child has this pid, if any. */
    public Optional<ProcessRecord> byPid(int pid) {
        return pid == 0 ? Optional.empty() : allProcesses().stream().filter(p -> p.pid() == pid).findFirst();
    }

    /** Adds a group (startup, addProcessGroup); its autostart programs start on the next pass. */
    public ProcessGroup addGroup(GroupConfig config) {
        if (group(config.name()).isPresent()) {
            throw new IllegalArgumentException("group already present: " + config.name());
        }
        ProcessGroup group = new ProcessGroup(config);
        version++;
        groups.add(group);
        // Priority only, and stable: the reference sorts its groups by priority alone, so groups of
        // equal priority keep the order they were activated in (config order, then each addProcessGroup).
        groups.sort(Comparator.comparingInt(ProcessGroup::priority));
        return group;
    }

    /** Removes a group whose processes are all in stopped states; false if any is still up. */
    public boolean removeGroup(String name) {
        Optional<ProcessGroup> group = group(name);
        if (group.isEmpty() || !group.get().unstopped().isEmpty()) {
            return false;
        }
        version++;
        return groups.remove(group.get());
    }

    // ---- the loop pass ------------------------------------------------------------------------

    /** One pass: a TICK to every process, groups and processes in priority order. */
    public List<Effect> transitionAll(Now now) {
        boolean automaticStarts = automaticStarts(now);
        List<Effect> effects = new ArrayList<>();
        for (ProcessGroup group : groups) {
            effects.addAll(group.transition(now, automaticStarts));
        }
        if (!effects.isEmpty()) {
            version++;
        }
        return effects;
    }

    /**
     * A TICK to one process outside the pass, as startProcess does right after a spawn so that a
     * startsecs=0 program is RUNNING before the reply (read a fresh {@link Now} after the spawn).
     */
    public List<Effect> transition(ProcessRecord process, Now now) {
        return fire(process, new Trigger.Tick(automaticStarts(now)), now);
    }

    private boolean automaticStarts(Now now) {
        return !isShuttingDown() && now.monotonicMillis() >= autostartNotBeforeMillis;
    }

    /** A child was reaped; a pid nobody owns (an adopted orphan) is only logged. */
    public List<Effect> reaped(int pid, WaitStatus status, Now now) {
        Optional<ProcessRecord> owner = byPid(pid);
        if (owner.isEmpty()) {
            return List.of(new Effect.Log(LogLevel.INFO, Messages.reapedUnknown(pid, status)));
        }
        return fire(owner.get(), new Trigger.Exited(status), now);
    }

    // ---- results of effects -------------------------------------------------------------------

    /** The shell started the child for a {@link Effect.Spawn}. */
    public List<Effect> spawned(ProcessRecord process, int pid, Now now) {
        return fire(process, new Trigger.Spawned(pid), now);
    }

    /** The shell could not start the child for a {@link Effect.Spawn}; {@code error} is the spawnerr. */
    public List<Effect> spawnFailed(ProcessRecord process, String error, Now now) {
        return fire(process, new Trigger.SpawnFailed(error), now);
    }

    /** kill(2) failed for a {@link Effect.Signal}; ESRCH is {@code noSuchProcess}. */
    public List<Effect> signalFailed(Effect.Signal sent, boolean noSuchProcess, String detail, Now now) {
        return fire(sent.process(), new Trigger.SignalFailed(sent.purpose(), noSuchProcess, detail), now);
    }

    private List<Effect> fire(ProcessRecord process, Trigger trigger, Now now) {
        version++;
        return TransitionTable.fire(process, trigger, now);
    }

    // ---- requests -----------------------------------------------------------------------------

    /** startProcess: refused in STARTING/RUNNING/BACKOFF and in UNKNOWN. */
    public Decision start(ProcessRecord process, Now now) {
        return decide(List.of(process), p -> true, this::startOne, now);
    }

    /** startProcessGroup: every process not in STARTING/RUNNING/BACKOFF, in priority order. */
    public Decision startGroup(ProcessGroup group, Now now) {
        return decide(group.processes(), p -> !p.state().isRunning(), this::startOne, now);
    }

    /** startAllProcesses: the same over all groups in priority order. */
    public Decision startAll(Now now) {
        return decide(allProcesses(), p -> !p.state().isRunning(), this::startOne, now);
    }

    /** stopProcess: only STARTING, RUNNING and BACKOFF processes can be stopped. */
    public Decision stop(ProcessRecord process, Now now) {
        return decide(List.of(process), p -> true, this::stopOne, now);
    }

    /** stopProcessGroup: the group's started processes, ascending priority, all signalled at once. */
    public Decision stopGroup(ProcessGroup group, Now now) {
        return decide(group.processes(), p -> p.state().isRunning(), this::stopOne, now);
    }

    /** stopAllProcesses: the same over all groups in priority order. */
    public Decision stopAll(Now now) {
        return decide(allProcesses(), p -> p.state().isRunning(), this::stopOne, now);
    }

    /** signalProcess: only STARTING, RUNNING and STOPPING processes have a child to signal. */
    public Decision signal(ProcessRecord process, int signal, Now now) {
        return decide(List.of(process), p -> true, (p, t) -> signalOne(p, signal, t), now);
    }

    /** signalProcessGroup: the group's signallable processes. */
    public Decision signalGroup(ProcessGroup group, int signal, Now now) {
        return decide(group.processes(), p -> p.state().isSignallable(), (p, t) -> signalOne(p, signal, t), now);
    }

    /** signalAllProcesses: every signallable process. */
    public Decision signalAll(int signal, Now now) {
        return decide(allProcesses(), p -> p.state().isSignallable(), (p, t) -> signalOne(p, signal, t), now);
    }

    /**
     * For a stop request that waits: {@code waiting for x to stop} while the process is STOPPING,
     * at most every two seconds (the first at once after each stop).
     */
    public Optional<Effect.Log> stopReport(ProcessRecord process, Now now) {
        if (process.state() != ProcessState.STOPPING) {
            return Optional.empty();
        }
        Long last = process.lastStopReportMillis;
        if (last != null && now.monotonicMillis() <= last + Timing.STOP_REPORT_INTERVAL_MILLIS) {
            return Optional.empty();
        }
        process.lastStopReportMillis = now.monotonicMillis();
        return Optional.of(new Effect.Log(LogLevel.INFO, Messages.waitingToStop(process.name())));
    }

    private Decision.Outcome startOne(ProcessRecord p, StepSink sink) {
        if (p.state().isRunning()) {
            return Decision.Outcome.ALREADY_STARTED;
        }
        if (p.state() == ProcessState.UNKNOWN) {
            return Decision.Outcome.UNKNOWN_STATE;
        }
        return sink.fire(p, new Trigger.Start());
    }

    private Decision.Outcome stopOne(ProcessRecord p, StepSink sink) {
        return p.state().isRunning() ? sink.fire(p, new Trigger.Stop()) : Decision.Outcome.NOT_RUNNING;
    }

    private Decision.Outcome signalOne(ProcessRecord p, int signal, StepSink sink) {
        return p.state().isSignallable() ? sink.fire(p, new Trigger.SendSignal(signal)) : Decision.Outcome.NOT_RUNNING;
    }

    /** Collects the effects of the cells a request fires. */
    private static final class StepSink {
        final List<Effect> effects = new ArrayList<>();
        final Now now;

        StepSink(Now now) { this.now = now; }

        Decision.Outcome fire(ProcessRecord p, Trigger trigger) {
            effects.addAll(TransitionTable.fire(p, trigger, now));
            return Decision.Outcome.ACCEPTED;
        }
    }

    private Decision decide(List<ProcessRecord> targets, Predicate<ProcessRecord> selected,
            BiFunction<ProcessRecord, StepSink, Decision.Outcome> action, Now now) {
        StepSink sink = new StepSink(now);
        version++;
        List<Decision.Result> results = new ArrayList<>();
        for (ProcessRecord p : targets) {
            if (selected.test(p)) {
                results.add(new Decision.Result(p, action.apply(p, sink)));
            }
        }
        return new Decision(sink.effects, results);
    }

    // ---- shutdown and restart -----------------------------------------------------------------

    /** The daemon is shutting down or restarting: no more automatic starts; groups stop in turn. */
    public void beginShutdown() {
        if (shutdown == null) {
            version++;
            shutdown = new ShutdownSequence(groups());
        }
    }

    public boolean isShuttingDown() {
        return shutdown != null;
    }

    /**
     * Shutdown's step before the loop polls: (re)stop the current group, then report who is still
     * up. {@code finished} once every process of every group is in a stopped state.
     */
    public ShutdownPass shutdownBeforePoll(Now now) {
        requireShutdown();
        List<Effect> effects = new ArrayList<>(shutdown.stopTopGroup(now));
        List<ProcessRecord> unstopped = new ArrayList<>();
        groups.forEach(g -> unstopped.addAll(g.unstopped()));
        effects.addAll(shutdown.report(unstopped, now));
        return new ShutdownPass(effects, unstopped.isEmpty());
    }

    /** Shutdown's step after the pass transitioned and reaped: move on if the group is down. */
    public void shutdownAfterReap() {
        requireShutdown();
        shutdown.releaseTopGroupIfStopped();
    }

    private void requireShutdown() {
        if (shutdown == null) {
            throw new IllegalStateException("not shutting down");
        }
    }
}
