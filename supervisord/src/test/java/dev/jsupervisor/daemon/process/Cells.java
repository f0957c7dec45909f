package dev.jsupervisor.daemon.process;

import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.List;

/**
 * Puts a process into any state through the table itself, then fires single triggers at it.
 * The child always gets pid 100; the clock starts fresh for each fixture.
 */
final class Cells {
    static final int PID = 100;

    final FakeClock clock = new FakeClock();

    List<String> fire(ProcessRecord p, Trigger trigger) {
        return Render.all(TransitionTable.fire(p, trigger, clock.now()));
    }

    Cells advance(long millis) {
        clock.advance(millis);
        return this;
    }

    /** A process of {@code program} brought into {@code state}. */
    ProcessRecord in(ProcessState state, Program program) {
        ProcessRecord p = program.record();
        switch (state) {
            case STOPPED -> { }
            case STARTING -> starting(p);
            case RUNNING -> running(p);
            case BACKOFF -> backoff(p);
            case STOPPING -> stopping(p);
            case EXITED -> exited(p);
            case FATAL -> fatal(p);
            case UNKNOWN -> unknown(p);
            default -> throw new AssertionError(state);
        }
        if (p.state() != state) {
            throw new AssertionError("fixture reached " + p.state() + " instead of " + state);
        }
        return p;
    }

    ProcessRecord in(ProcessState state) {
        return in(state, Program.program("cat"));
    }

    /** STARTING with the spawn requested but its result not fed back yet. */
    ProcessRecord awaitingSpawn(Program program) {
        ProcessRecord p = program.record();
        fire(p, new Trigger.Start());
        return p;
    }

    private void starting(ProcessRecord p) {
        fire(p, new Trigger.Start());
        fire(p, new Trigger.Spawned(PID));
    }

    private void running(ProcessRecord p) {
        starting(p);
        advance(p.config().startsecs() * 1000L + 1);
        fire(p, new Trigger.Tick(true));
    }

    private void backoff(ProcessRecord p) {
        starting(p);
        fire(p, new Trigger.Exited(WaitStatus.exited(1)));
    }

    private void stopping(ProcessRecord p) {
        running(p);
        fire(p, new Trigger.Stop());
    }

    private void exited(ProcessRecord p) {
        running(p);
        fire(p, new Trigger.Exited(WaitStatus.exited(0)));
    }

    private void fatal(ProcessRecord p) {
        backoff(p);
        fire(p, new Trigger.GiveUp());
    }

    private void unknown(ProcessRecord p) {
        stopping(p);
        fire(p, new Trigger.SignalFailed(Effect.Signal.Purpose.STOP, false, "EPERM"));
    }
}
