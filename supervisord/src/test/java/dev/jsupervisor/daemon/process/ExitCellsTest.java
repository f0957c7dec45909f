package dev.jsupervisor.daemon.process;

import static dev.jsupervisor.daemon.process.Program.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per legal cell of the EXITED column (the child was reaped). */
class ExitCellsTest {
    private final Cells cells = new Cells();

    @Test
    void exitWhileStarting() {
        ProcessRecord p = cells.in(ProcessState.STARTING);
        cells.advance(999);
        // Exit code 0 is in exitcodes, yet a start that did not last is never "expected".
        assertEquals(List.of(
                "event PROCESS_STATE_BACKOFF processname:cat groupname:cat from_state:STARTING tries:1",
                "WARN exited: cat (exit status 0; not expected)"), cells.fire(p, exited(0)));
        assertEquals(ProcessState.BACKOFF, p.state());
        assertEquals("Exited too quickly (process log may have details)", p.spawnError());
        assertEquals(0, p.pid());
        assertEquals((FakeClock.START_EPOCH_MILLIS + 999) / 1000, p.stopEpochSeconds());
    }

    @Test
    void exitWhileStartingOnceStartsecsHavePassed() {
        ProcessRecord p = cells.in(ProcessState.STARTING);
        cells.advance(1000);
        // Not too quick (1 s is not < startsecs), but no tick has seen it RUNNING: pass through RUNNING.
        assertEquals(List.of(
                "event PROCESS_STATE_RUNNING processname:cat groupname:cat from_state:STARTING pid:100",
                "event PROCESS_STATE_EXITED processname:cat groupname:cat from_state:RUNNING expected:1 pid:100",
                "INFO exited: cat (exit status 0; expected)"), cells.fire(p, exited(0)));
        assertEquals(ProcessState.EXITED, p.state());
    }

    @Test
    void exitWhileRunning() {
        ProcessRecord p = cells.in(ProcessState.RUNNING);
        assertEquals(List.of(
                "event PROCESS_STATE_EXITED processname:cat groupname:cat from_state:RUNNING expected:1 pid:100",
                "INFO exited: cat (exit status 0; expected)"), cells.fire(p, exited(0)));
        assertEquals(ProcessState.EXITED, p.state());
        assertEquals(0, p.exitStatus());
        assertEquals("", p.spawnError());
        assertEquals(0, p.pid());
    }

    @Test
    void exitWhileRunningUnexpectedly() {
        ProcessRecord p = cells.in(ProcessState.RUNNING, program("cat").exitcodes(0, 2));
        assertEquals(List.of(
                "event PROCESS_STATE_EXITED processname:cat groupname:cat from_state:RUNNING expected:0 pid:100",
                "WARN exited: cat (exit status 3; not expected)"), cells.fire(p, exited(3)));
        assertEquals("Bad exit code 3", p.spawnError());
        assertEquals(3, p.exitStatus());
    }

    @Test
    void exitWhileRunningBySignal() {
        ProcessRecord p = cells.in(ProcessState.RUNNING);
        assertEquals(List.of(
                "event PROCESS_STATE_EXITED processname:cat groupname:cat from_state:RUNNING expected:0 pid:100",
                "WARN exited: cat (terminated by SIGSEGV (core dumped); not expected)"),
                cells.fire(p, new Trigger.Exited(WaitStatus.killedBy(11, true))));
        assertEquals(-1, p.exitStatus());
        assertEquals("Bad exit code -1", p.spawnError());
    }

    @Test
    void exitWhileStopping() {
        ProcessRecord p = cells.in(ProcessState.STOPPING);
        assertEquals(List.of(
                "event PROCESS_STATE_STOPPED processname:cat groupname:cat from_state:STOPPING pid:100",
                "WARN stopped: cat (terminated by SIGTERM)"),
                cells.fire(p, new Trigger.Exited(WaitStatus.killedBy(15, false))));
        assertEquals(ProcessState.STOPPED, p.state());
        assertFalse(p.isKilling());
        assertEquals(0, p.pid());
        assertEquals(-1, p.exitStatus());
    }

    @Test
    void exitWhileStoppingWithAnExpectedCode() {
        ProcessRecord p = cells.in(ProcessState.STOPPING);
        assertEquals(List.of(
                "event PROCESS_STATE_STOPPED processname:cat groupname:cat from_state:STOPPING pid:100",
                "INFO stopped: cat (exit status 0)"), cells.fire(p, exited(0)));
    }

    @Test
    void exitWhileUnknown() {
        ProcessRecord p = cells.in(ProcessState.UNKNOWN);
        assertEquals(List.of(
                "event PROCESS_STATE_EXITED processname:cat groupname:cat from_state:UNKNOWN expected:0 pid:100",
                "WARN exited: cat (terminated by SIGKILL; not expected)"),
                cells.fire(p, new Trigger.Exited(WaitStatus.killedBy(9, false))));
        assertEquals(ProcessState.EXITED, p.state());
        assertEquals(0, p.pid());
    }

    private static Trigger exited(int code) {
        return new Trigger.Exited(WaitStatus.exited(code));
    }
}
