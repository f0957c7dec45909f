package dev.jsupervisor.daemon.process;

import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.config.value.RestartPolicy;
import dev.jsupervisor.xmlrpc.ProcessState;

/** Cells of the TICK column: what one loop pass does to a process in each state. */
final class TickCells {
    private TickCells() {}

    /** STOPPED -> STARTING only for autostart programs that were never started. */
    static void onTickWhileStopped(Step s) {
        if (automaticStarts(s) && !s.process.everStarted && s.config().autostart()) {
            Moves.beginSpawn(s, false);
        }
    }

    /** STARTING -> RUNNING once the child has stayed up strictly longer than startsecs. */
    static void onTickWhileStarting(Step s) {
        ProcessRecord p = s.process;
        if (p.awaitingSpawn()) {
            throw new IllegalTransitionException(p, s.trigger.kind(), "spawn result not fed back");
        }
        if (s.millis() - p.lastStartMillis > s.config().startsecs() * 1000L) {
            p.retryAfterMillis = 0;
            p.backoff = 0;
            s.changeState(ProcessState.RUNNING);
            s.log(LogLevel.INFO, Messages.success(p.name(), s.config().startsecs()));
        }
    }

    static void onTickWhileRunning(Step s) {
        // Nothing is timed while running.
    }

    /**
     * BACKOFF -> FATAL if the retries are used up (even while shutting down); otherwise
     * BACKOFF -> STARTING once the delay has strictly passed.
     */
    static void onTickWhileBackoff(Step s) {
        ProcessRecord p = s.process;
        if (p.backoff > s.config().startretries()) {
            Moves.giveUpAfterRetries(s);
        } else if (automaticStarts(s) && s.millis() > p.retryAfterMillis) {
            Moves.beginSpawn(s, true);
        }
    }

    /**
     * Still STOPPING after stopwaitsecs: SIGKILL. Re-armed each time, so a child that survives
     * even that (uninterruptible sleep) gets another SIGKILL every stopwaitsecs.
     */
    static void onTickWhileStopping(Step s) {
        ProcessRecord p = s.process;
        if (s.millis() >= p.killDueMillis) {
            s.log(LogLevel.WARN, Messages.killingWithSigkill(p.name(), p.pid));
            Moves.kill(s, Moves.SIGKILL, Effect.Signal.Purpose.KILL);
        }
    }

    /**
     * EXITED -> STARTING when autorestart says so: always for true, for unexpected only if the
     * exit code is not in exitcodes (a signal death's -1 never is, so it always restarts).
     */
    static void onTickWhileExited(Step s) {
        RestartPolicy policy = s.config().autorestart();
        boolean restart = policy == RestartPolicy.ALWAYS
                || policy == RestartPolicy.UNEXPECTED && !s.config().exitcodes().contains(s.process.exitStatus);
        if (restart && automaticStarts(s)) {
            Moves.beginSpawn(s, false);
        }
    }

    static void onTickWhileFatal(Step s) {
        // FATAL waits for a person: never restarted automatically.
    }

    static void onTickWhileUnknown(Step s) {
        // UNKNOWN waits for the child's reaping, if it ever comes.
    }

    private static boolean automaticStarts(Step s) {
        return s.trigger(Trigger.Tick.class).automaticStarts();
    }
}
