package dev.jsupervisor.daemon.process;

import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.xmlrpc.ProcessState;

/** Cells of the START, SPAWNED and SPAWN_FAILED columns. */
final class StartCells {
    private StartCells() {}

    // STOPPED/EXITED/FATAL -> STARTING on request. FATAL only ever leaves this way.
    static void onStartWhileStopped(Step s) { Moves.beginSpawn(s, false); }

    static void onStartWhileExited(Step s) { Moves.beginSpawn(s, false); }

    static void onStartWhileFatal(Step s) { Moves.beginSpawn(s, false); }

    /**
     * STOPPING is not a "started" state, so a start request gets this far, but the old child is
     * still there: refuse with a warning and change nothing (the RPC layer then reports the
     * process as not having started).
     */
    static void onStartWhileStopping(Step s) {
        s.log(LogLevel.WARN, Messages.alreadyRunning(s.name()));
    }

    /** The child exists: remember its pid; startsecs is already counting since the attempt began. */
    static void onSpawnedWhileStarting(Step s) {
        requireAwaitingSpawn(s);
        ProcessRecord p = s.process;
        p.pid = s.trigger(Trigger.Spawned.class).pid();
        p.spawnError = null;
        s.log(LogLevel.INFO, Messages.spawned(p.name(), p.pid));
    }

    /**
     * STARTING -> BACKOFF without a child (bad command, no descriptors, fork failed). When this
     * was an automatic retry and the retries are now used up, give up in the same pass, as the
     * reference does for a process that began the pass in BACKOFF; after a first start or a
     * manual one the next tick gives up.
     */
    static void onSpawnFailedWhileStarting(Step s) {
        requireAwaitingSpawn(s);
        ProcessRecord p = s.process;
        p.spawnError = s.trigger(Trigger.SpawnFailed.class).error();
        s.log(LogLevel.INFO, Messages.spawnError(p.spawnError));
        s.changeState(ProcessState.BACKOFF);
        if (p.retrying && p.backoff > s.config().startretries()) {
            Moves.giveUpAfterRetries(s);
        }
        p.retrying = false;
    }

    private static void requireAwaitingSpawn(Step s) {
        if (!s.process.awaitingSpawn()) {
            throw new IllegalTransitionException(s.process, s.trigger.kind(), "no spawn pending");
        }
    }
}
