package dev.jsupervisor.daemon.process;

import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.xmlrpc.ProcessState;

/** Cells of the STOP, GIVE_UP, SIGNAL and SIGNAL_FAILED columns. */
final class StopCells {
    private StopCells() {}

    // RUNNING/STARTING -> STOPPING: send stopsignal, SIGKILL after stopwaitsecs.
    static void onStopWhileStarting(Step s) {
        requirePid(s);
        Moves.stop(s);
    }

    static void onStopWhileRunning(Step s) { Moves.stop(s); }

    /**
     * BACKOFF -> STOPPED at once: there is no child, and waiting for the remaining retries would
     * block a stop for as long as they take.
     */
    static void onStopWhileBackoff(Step s) {
        s.log(LogLevel.DEBG, Messages.attemptedKillInBackoff(s.name()));
        s.changeState(ProcessState.STOPPED);
    }

    /** BACKOFF -> FATAL during shutdown; silent, unlike running out of retries. */
    static void onGiveUpWhileBackoff(Step s) { Moves.giveUp(s); }

    // A user's signal: to the pid only, never the group, and no state change.
    static void onSignalWhileStarting(Step s) {
        requirePid(s);
        sendSignal(s);
    }

    static void onSignalWhileRunning(Step s) { sendSignal(s); }

    static void onSignalWhileStopping(Step s) { sendSignal(s); }

    // Before STOPPING only a user's signal can have been sent.
    static void onSignalFailedWhileStarting(Step s) {
        requirePurpose(s, Effect.Signal.Purpose.REQUEST);
        requestFailed(s);
    }

    static void onSignalFailedWhileRunning(Step s) {
        requirePurpose(s, Effect.Signal.Purpose.REQUEST);
        requestFailed(s);
    }

    static void onSignalFailedWhileStopping(Step s) {
        if (s.trigger(Trigger.SignalFailed.class).purpose() == Effect.Signal.Purpose.REQUEST) {
            requestFailed(s);
        } else {
            killFailed(s);
        }
    }

    private static void sendSignal(Step s) {
        ProcessRecord p = s.process;
        int signal = s.trigger(Trigger.SendSignal.class).signal();
        s.log(LogLevel.DEBG, Messages.sending(p.name(), p.pid, signal));
        s.emit(new Effect.Signal(p, p.pid, signal, false, Effect.Signal.Purpose.REQUEST));
    }

    /**
     * No such process means the child just exited by itself: not an error, and the state is left
     * alone because the reaping will move it. Anything else leaves us not knowing: UNKNOWN.
     */
    private static void requestFailed(Step s) {
        Trigger.SignalFailed f = s.trigger(Trigger.SignalFailed.class);
        ProcessRecord p = s.process;
        if (f.noSuchProcess()) {
            s.log(LogLevel.DEBG, Messages.unableToSignalOnRequest(p.name(), p.pid, f.detail()));
            return;
        }
        s.log(LogLevel.CRIT, Messages.unknownProblemSending(p.name(), p.pid, f.detail()));
        s.changeState(ProcessState.UNKNOWN);
    }

    /** As {@link #requestFailed}, and an unknown failure also disarms the SIGKILL timer. */
    private static void killFailed(Step s) {
        Trigger.SignalFailed f = s.trigger(Trigger.SignalFailed.class);
        ProcessRecord p = s.process;
        if (f.noSuchProcess()) {
            s.log(LogLevel.DEBG, Messages.unableToSignalOnStop(p.name(), p.pid, f.detail()));
            return;
        }
        s.log(LogLevel.CRIT, Messages.unknownProblemKilling(p.name(), p.pid, f.detail()));
        s.changeState(ProcessState.UNKNOWN);
        p.killing = false;
        p.killDueMillis = 0;
    }

    private static void requirePid(Step s) {
        if (s.process.pid == 0) {
            throw new IllegalTransitionException(s.process, s.trigger.kind(), "no child yet");
        }
    }

    private static void requirePurpose(Step s, Effect.Signal.Purpose purpose) {
        if (s.trigger(Trigger.SignalFailed.class).purpose() != purpose) {
            throw new IllegalTransitionException(s.process, s.trigger.kind(), "no such signal was sent");
        }
    }
}
