package dev.jsupervisor.daemon.process;

import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.xmlrpc.ProcessState;

/** Cells of the EXITED column: the child was reaped. */
final class ExitCells {
    private ExitCells() {}

    /**
     * Died before startsecs: STARTING -> BACKOFF, logged "not expected" whatever the exit code,
     * because a program that cannot stay up did not start. Died at or after startsecs but before a
     * tick noticed: it did start, so pass through RUNNING (no success line) to EXITED.
     */
    static void onExitWhileStarting(Step s) {
        WaitStatus status = s.trigger(Trigger.Exited.class).status();
        ProcessRecord p = s.process;
        Moves.noteReaped(s);
        long ranMillis = s.millis() - p.lastStartMillis;
        if (ranMillis < s.config().startsecs() * 1000L) {
            p.exitStatus = null;
            p.spawnError = Messages.EXITED_TOO_QUICKLY;
            s.changeState(ProcessState.BACKOFF);
            s.log(LogLevel.WARN, Messages.exited(p.name(), status, false));
        } else {
            s.changeState(ProcessState.RUNNING);
            Moves.exitAfterRunning(s, status);
        }
        Moves.forgetPid(s);
    }

    /** RUNNING -> EXITED; whether it restarts is the next tick's business (autorestart). */
    static void onExitWhileRunning(Step s) {
        Moves.noteReaped(s);
        Moves.exitAfterRunning(s, s.trigger(Trigger.Exited.class).status());
        Moves.forgetPid(s);
    }

    /** STOPPING -> STOPPED: the stop worked. INFO only if the exit code is one of exitcodes. */
    static void onExitWhileStopping(Step s) {
        WaitStatus status = s.trigger(Trigger.Exited.class).status();
        ProcessRecord p = s.process;
        Moves.noteReaped(s);
        p.killing = false;
        p.killDueMillis = 0;
        p.exitStatus = status.exitCode();
        boolean expected = s.config().exitcodes().contains(status.exitCode());
        s.changeState(ProcessState.STOPPED);
        s.log(expected ? LogLevel.INFO : LogLevel.WARN, Messages.stopped(p.name(), status));
        Moves.forgetPid(s);
    }

    /**
     * UNKNOWN (a signal failed oddly) and then the child was reaped after all. The reference trips
     * an assertion here; we treat it as an ordinary exit so the process is usable again.
     */
    static void onExitWhileUnknown(Step s) {
        Moves.noteReaped(s);
        s.process.killing = false;
        Moves.exitAfterRunning(s, s.trigger(Trigger.Exited.class).status());
        Moves.forgetPid(s);
    }
}
