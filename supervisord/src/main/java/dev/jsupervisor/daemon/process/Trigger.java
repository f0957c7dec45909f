package dev.jsupervisor.daemon.process;

/**
 * What can happen to a process: the columns of the {@link TransitionTable}. Requests come from
 * the RPC layer (through {@link Supervision}), results from the shell that performed an
 * {@link Effect}, ticks from the loop.
 */
public sealed interface Trigger {

    /** The column a trigger belongs to. */
    enum Kind { START, STOP, SIGNAL, SPAWNED, SPAWN_FAILED, EXITED, TICK, GIVE_UP, SIGNAL_FAILED }

    Kind kind();

    /** Start requested (startProcess and friends). */
    record Start() implements Trigger {
        public Kind kind() { return Kind.START; }
    }

    /** Stop requested (stopProcess, group and shutdown stops). */
    record Stop() implements Trigger {
        public Kind kind() { return Kind.STOP; }
    }

    /** A signal requested by a user (signalProcess); not meant to stop the process. */
    record SendSignal(int signal) implements Trigger {
        public Kind kind() { return Kind.SIGNAL; }
    }

    /** The shell started the child of a {@link Effect.Spawn}. */
    record Spawned(int pid) implements Trigger {
        public Kind kind() { return Kind.SPAWNED; }
    }

    /** The shell could not start the child; {@code error} is the spawnerr text. */
    record SpawnFailed(String error) implements Trigger {
        public Kind kind() { return Kind.SPAWN_FAILED; }
    }

    /** The child was reaped. */
    record Exited(WaitStatus status) implements Trigger {
        public Kind kind() { return Kind.EXITED; }
    }

    /**
     * A loop pass: timers are checked. {@code automaticStarts} is false while the daemon shuts
     * down or restarts (no autostart, autorestart or backoff retry then).
     */
    record Tick(boolean automaticStarts) implements Trigger {
        public Kind kind() { return Kind.TICK; }
    }

    /** Shutdown gives up on a process that is between retries. */
    record GiveUp() implements Trigger {
        public Kind kind() { return Kind.GIVE_UP; }
    }

    /**
     * kill(2) failed for a {@link Effect.Signal}. {@code noSuchProcess} is ESRCH (harmless: the
     * child exited by itself and will be reaped); {@code detail} is the error text for the log.
     */
    record SignalFailed(Effect.Signal.Purpose purpose, boolean noSuchProcess, String detail)
            implements Trigger {
        public Kind kind() { return Kind.SIGNAL_FAILED; }
    }
}
