package dev.jsupervisor.daemon.process;

import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.xmlrpc.ProcessState;

/** Moves shared by several cells: starting, stopping, giving up, leaving RUNNING by an exit. */
final class Moves {
    private Moves() {}

    static final int SIGKILL = 9;

    /**
     * Any start attempt: forget the last run's outcome, remember when this one began (startsecs
     * counts from here) and ask the shell to spawn. {@code retrying} marks an automatic retry out
     * of BACKOFF, whose failure is judged at once (see {@link StartCells}).
     */
    static void beginSpawn(Step s, boolean retrying) {
        ProcessRecord p = s.process;
        p.everStarted = true;
        p.killing = false;
        p.spawnError = null;
        p.exitStatus = null;
        p.retrying = retrying;
        p.lastStartMillis = s.millis();
        p.startEpochSeconds = s.now.epochSeconds();
        s.changeState(ProcessState.STARTING);
        s.emit(new Effect.Spawn(p));
    }

    /** An administrative stop: the configured stopsignal, and the stop report starts afresh. */
    static void stop(Step s) {
        s.process.lastStopReportMillis = null;
        kill(s, s.config().stopsignal(), Effect.Signal.Purpose.STOP);
    }

    /**
     * Signals the child meaning to end it and (re)arms the SIGKILL deadline. The first signal goes
     * to the group when stopasgroup is set; once STOPPING, the follow-up SIGKILL goes to the group
     * when killasgroup is set.
     */
    static void kill(Step s, int signal, Effect.Signal.Purpose purpose) {
        ProcessRecord p = s.process;
        boolean toGroup = p.state == ProcessState.STOPPING ? s.config().killasgroup() : s.config().stopasgroup();
        s.log(LogLevel.DEBG, Messages.killing(p.name(), p.pid, toGroup, signal));
        p.killing = true;
        p.killDueMillis = s.millis() + s.config().stopwaitsecs() * 1000L;
        s.changeState(ProcessState.STOPPING);
        s.emit(new Effect.Signal(p, p.pid, signal, toGroup, purpose));
    }

    /** BACKOFF -> FATAL; the retry count starts from zero for the next manual start. */
    static void giveUp(Step s) {
        s.process.retryAfterMillis = 0;
        s.process.backoff = 0;
        s.changeState(ProcessState.FATAL);
    }

    /** BACKOFF -> FATAL because the retries ran out: the same, and say so. */
    static void giveUpAfterRetries(Step s) {
        giveUp(s);
        s.log(LogLevel.INFO, Messages.gaveUp(s.name()));
    }

    /** Bookkeeping common to every reaping: the user-visible stop time. */
    static void noteReaped(Step s) {
        s.process.stopEpochSeconds = s.now.epochSeconds();
    }

    /** The child is gone: nothing to signal any more. Runs after the state changes (events carry the pid). */
    static void forgetPid(Step s) {
        s.process.pid = 0;
    }

    /**
     * An exit that was neither a stop nor a failed start: the process counts as having run, so the
     * retry count resets, and the exit code decides expected (INFO) or not (WARN, spawnerr set).
     */
    static void exitAfterRunning(Step s, WaitStatus status) {
        ProcessRecord p = s.process;
        p.retryAfterMillis = 0;
        p.killDueMillis = 0;
        p.backoff = 0;
        p.exitStatus = status.exitCode();
        boolean expected = s.config().exitcodes().contains(status.exitCode());
        if (!expected) {
            p.spawnError = Messages.badExitCode(status.exitCode());
        }
        s.changeState(ProcessState.EXITED, expected);
        s.log(expected ? LogLevel.INFO : LogLevel.WARN, Messages.exited(p.name(), status, expected));
    }
}
