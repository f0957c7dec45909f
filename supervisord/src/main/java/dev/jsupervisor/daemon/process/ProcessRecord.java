package dev.jsupervisor.daemon.process;

import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.Comparator;

/**
 * One supervised process: its config and everything the state machine remembers about it.
 * Mutable, owned by the loop thread; only the cell handlers of this package change it. Readers
 * (the RPC layer, the web UI) use the getters.
 */
public final class ProcessRecord {

    /** The reference's order for processes inside a group: priority, then name. */
    public static final Comparator<ProcessRecord> BY_PRIORITY =
            Comparator.comparingInt((ProcessRecord p) -> p.config.priority()).thenComparing(ProcessRecord::name);

    private final ProcessConfig config;
    private final String groupName;

    ProcessState state = ProcessState.STOPPED;
    /** The child's pid while one exists (from SPAWNED to its reaping), else 0. */
    int pid;
    /** Failed starts in a row; reset on RUNNING, on a normal exit and on giving up. */
    int backoff;
    boolean everStarted;
    /** Monotonic time of the last start attempt: startsecs is measured from it. */
    long lastStartMillis;
    long startEpochSeconds;
    long stopEpochSeconds;
    /** In BACKOFF: the next attempt is allowed strictly after this monotonic time. */
    long retryAfterMillis;
    /** In STOPPING: SIGKILL is due once the monotonic clock reaches this. */
    long killDueMillis;
    String spawnError;
    /** The last exit code (-1 for a signal death); null when none applies. */
    Integer exitStatus;
    /** A stop was signalled and the child has not been reaped yet. */
    boolean killing;
    /** The pending spawn is an automatic retry out of BACKOFF (see StartCells). */
    boolean retrying;
    /** Monotonic time of the last "waiting for x to stop" line; null until the first. */
    Long lastStopReportMillis;

    public ProcessRecord(ProcessConfig config, String groupName) {
        this.config = config;
        this.groupName = groupName;
    }

    public ProcessConfig config() { return config; }

    public String name() { return config.name(); }

    public String groupName() { return groupName; }

    /** How users address this process: {@code name}, or {@code group:name} when they differ. */
    public String namespec() { return Namespec.of(groupName, name()); }

    public ProcessState state() { return state; }

    public int pid() { return pid; }

    /** The backoff count ("tries" in events). */
    public int backoff() { return backoff; }

    /** Whether a start was ever attempted (autostart applies only before the first). */
    public boolean hasEverStarted() { return everStarted; }

    /** Wall-clock second of the last start attempt, 0 if never (getProcessInfo {@code start}). */
    public long startEpochSeconds() { return startEpochSeconds; }

    /** Wall-clock second of the last reaping, 0 if never (getProcessInfo {@code stop}). */
    public long stopEpochSeconds() { return stopEpochSeconds; }

    /** Why the last start failed; empty string when none (getProcessInfo {@code spawnerr}). */
    public String spawnError() { return spawnError == null ? "" : spawnError; }

    /** The last exit code, 0 when none (getProcessInfo {@code exitstatus}). */
    public int exitStatus() { return exitStatus == null ? 0 : exitStatus; }

    /** A stop is under way: the child was signalled and has not been reaped yet. */
    public boolean isKilling() { return killing; }

    /** Between a {@link Effect.Spawn} and its result: STARTING without a pid. */
    boolean awaitingSpawn() {
        return state == ProcessState.STARTING && pid == 0;
    }

    @Override
    public String toString() {
        return namespec() + " " + state + (pid != 0 ? " pid " + pid : "");
    }
}
