package dev.jsupervisor.daemon.process;

import static dev.jsupervisor.daemon.process.Program.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per legal cell of the STOP, GIVE_UP, SIGNAL and SIGNAL_FAILED columns. */
class StopCellsTest {
    private static final String ESRCH = Messages.NO_SUCH_PROCESS_DETAIL;
    private final Cells cells = new Cells();

    @Test
    void stopWhileStarting() {
        ProcessRecord p = cells.in(ProcessState.STARTING);
        assertEquals(List.of(
                "DEBG killing cat (pid 100) with signal SIGTERM",
                "event PROCESS_STATE_STOPPING processname:cat groupname:cat from_state:STARTING pid:100",
                "kill(100, 15) STOP"), cells.fire(p, new Trigger.Stop()));
        assertEquals(ProcessState.STOPPING, p.state());
        assertTrue(p.isKilling());
    }

    @Test
    void stopWhileStartingBeforeTheChildExists() {
        ProcessRecord p = cells.awaitingSpawn(program("cat"));
        assertThrows(IllegalTransitionException.class, () -> cells.fire(p, new Trigger.Stop()));
    }

    @Test
    void stopWhileRunning() {
        ProcessRecord p = cells.in(ProcessState.RUNNING, program("cat").stopsignal(2));
        assertEquals(List.of(
                "DEBG killing cat (pid 100) with signal SIGINT",
                "event PROCESS_STATE_STOPPING processname:cat groupname:cat from_state:RUNNING pid:100",
                "kill(100, 2) STOP"), cells.fire(p, new Trigger.Stop()));
    }

    @Test
    void stopWhileRunningAsGroup() {
        ProcessRecord p = cells.in(ProcessState.RUNNING, program("cat").stopasgroup(true));
        assertEquals(List.of(
                "DEBG killing cat (pid 100) process group with signal SIGTERM",
                "event PROCESS_STATE_STOPPING processname:cat groupname:cat from_state:RUNNING pid:100",
                "kill(-100, 15) STOP"), cells.fire(p, new Trigger.Stop()));
    }

    @Test
    void stopWhileBackoff() {
        ProcessRecord p = cells.in(ProcessState.BACKOFF);
        assertEquals(List.of(
                "DEBG Attempted to kill cat, which is in BACKOFF state.",
                "event PROCESS_STATE_STOPPED processname:cat groupname:cat from_state:BACKOFF pid:0"),
                cells.fire(p, new Trigger.Stop()));
        assertEquals(ProcessState.STOPPED, p.state());
    }

    @Test
    void giveUpWhileBackoff() {
        ProcessRecord p = cells.in(ProcessState.BACKOFF);
        assertEquals(List.of("event PROCESS_STATE_FATAL processname:cat groupname:cat from_state:BACKOFF"),
                cells.fire(p, new Trigger.GiveUp()));
        assertEquals(ProcessState.FATAL, p.state());
        assertEquals(0, p.backoff());
    }

    @Test
    void signalWhileStarting() {
        ProcessRecord p = cells.in(ProcessState.STARTING, program("cat").stopasgroup(true));
        assertEquals(List.of("DEBG sending cat (pid 100) sig SIGHUP", "kill(100, 1) REQUEST"),
                cells.fire(p, new Trigger.SendSignal(1)));
        assertEquals(ProcessState.STARTING, p.state());
    }

    @Test
    void signalWhileRunning() {
        ProcessRecord p = cells.in(ProcessState.RUNNING);
        assertEquals(List.of("DEBG sending cat (pid 100) sig SIGUSR1", "kill(100, 10) REQUEST"),
                cells.fire(p, new Trigger.SendSignal(10)));
        assertEquals(ProcessState.RUNNING, p.state());
    }

    @Test
    void signalWhileStopping() {
        ProcessRecord p = cells.in(ProcessState.STOPPING);
        assertEquals(List.of("DEBG sending cat (pid 100) sig SIGCONT", "kill(100, 18) REQUEST"),
                cells.fire(p, new Trigger.SendSignal(18)));
        assertEquals(ProcessState.STOPPING, p.state());
    }

    @Test
    void signalFailedWhileStarting() {
        ProcessRecord p = cells.in(ProcessState.STARTING);
        assertEquals(List.of("DEBG unable to signal cat (pid 100), it probably just now exited on its own: "
                + ESRCH), cells.fire(p, failed(Effect.Signal.Purpose.REQUEST, true)));
        assertEquals(ProcessState.STARTING, p.state());
        assertThrows(IllegalTransitionException.class, () -> cells.fire(p, failed(Effect.Signal.Purpose.STOP, true)));
    }

    @Test
    void signalFailedWhileRunning() {
        ProcessRecord p = cells.in(ProcessState.RUNNING);
        assertEquals(List.of(
                "CRIT unknown problem sending sig cat (100):EPERM",
                "event PROCESS_STATE_UNKNOWN processname:cat groupname:cat from_state:RUNNING"),
                cells.fire(p, failed(Effect.Signal.Purpose.REQUEST, false)));
        assertEquals(ProcessState.UNKNOWN, p.state());
        assertEquals(Cells.PID, p.pid());
    }

    @Test
    void signalFailedWhileStopping() {
        ProcessRecord p = cells.in(ProcessState.STOPPING);
        assertEquals(List.of("DEBG unable to signal cat (pid 100), it probably just exited on its own: " + ESRCH),
                cells.fire(p, failed(Effect.Signal.Purpose.STOP, true)));
        assertEquals(ProcessState.STOPPING, p.state());
        assertTrue(p.isKilling());

        assertEquals(List.of(
                "CRIT unknown problem killing cat (100):EPERM",
                "event PROCESS_STATE_UNKNOWN processname:cat groupname:cat from_state:STOPPING"),
                cells.fire(p, failed(Effect.Signal.Purpose.KILL, false)));
        assertEquals(ProcessState.UNKNOWN, p.state());
        assertFalse(p.isKilling());
    }

    private static Trigger failed(Effect.Signal.Purpose purpose, boolean noSuchProcess) {
        return new Trigger.SignalFailed(purpose, noSuchProcess, noSuchProcess ? ESRCH : "EPERM");
    }
}
