package dev.jsupervisor.daemon.process;

import static dev.jsupervisor.daemon.process.Program.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jsupervisor.config.value.RestartPolicy;
import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per legal cell of the TICK column. */
class TickCellsTest {
    private static final Trigger TICK = new Trigger.Tick(true);
    private static final Trigger TICK_SHUTTING_DOWN = new Trigger.Tick(false);
    private final Cells cells = new Cells();

    @Test
    void tickWhileStopped() {
        ProcessRecord p = cells.in(ProcessState.STOPPED);
        assertEquals(List.of(), cells.fire(p, TICK_SHUTTING_DOWN));
        assertEquals(List.of(
                "event PROCESS_STATE_STARTING processname:cat groupname:cat from_state:STOPPED tries:0",
                "spawn cat"), cells.fire(p, TICK));
    }

    @Test
    void tickWhileStoppedWithoutAutostart() {
        ProcessRecord p = cells.in(ProcessState.STOPPED, program("cat").autostart(false));
        assertEquals(List.of(), cells.fire(p, TICK));
    }

    @Test
    void tickWhileStoppedAfterHavingStarted() {
        ProcessRecord p = cells.in(ProcessState.BACKOFF);
        cells.fire(p, new Trigger.Stop());
        assertEquals(ProcessState.STOPPED, p.state());
        assertEquals(List.of(), cells.fire(p, TICK));
    }

    @Test
    void tickWhileStarting() {
        ProcessRecord p = cells.in(ProcessState.STARTING, program("cat").startsecs(2));
        cells.advance(2000);
        assertEquals(List.of(), cells.fire(p, TICK));
        cells.advance(1);
        assertEquals(List.of(
                "event PROCESS_STATE_RUNNING processname:cat groupname:cat from_state:STARTING pid:100",
                "INFO success: cat entered RUNNING state, process has stayed up for > than 2 seconds (startsecs)"),
                cells.fire(p, TICK));
        assertEquals(ProcessState.RUNNING, p.state());
    }

    @Test
    void tickWhileStartingBeforeTheSpawnResult() {
        ProcessRecord p = cells.awaitingSpawn(program("cat"));
        assertThrows(IllegalTransitionException.class, () -> cells.fire(p, TICK));
    }

    @Test
    void tickWhileRunning() {
        ProcessRecord p = cells.in(ProcessState.RUNNING);
        cells.advance(86_400_000);
        assertEquals(List.of(), cells.fire(p, TICK));
    }

    @Test
    void tickWhileBackoff() {
        ProcessRecord p = cells.in(ProcessState.BACKOFF);
        cells.advance(1000);
        assertEquals(List.of(), cells.fire(p, TICK));
        cells.advance(1);
        assertEquals(List.of(), cells.fire(p, TICK_SHUTTING_DOWN));
        assertEquals(List.of(
                "event PROCESS_STATE_STARTING processname:cat groupname:cat from_state:BACKOFF tries:1",
                "spawn cat"), cells.fire(p, TICK));
    }

    @Test
    void tickWhileBackoffWithRetriesUsedUp() {
        ProcessRecord p = cells.in(ProcessState.BACKOFF, program("cat").startretries(0));
        // Giving up happens even while shutting down.
        assertEquals(List.of(
                "event PROCESS_STATE_FATAL processname:cat groupname:cat from_state:BACKOFF",
                "INFO gave up: cat entered FATAL state, too many start retries too quickly"),
                cells.fire(p, TICK_SHUTTING_DOWN));
        assertEquals(0, p.backoff());
    }

    @Test
    void tickWhileStopping() {
        ProcessRecord p = cells.in(ProcessState.STOPPING, program("cat").stopwaitsecs(3));
        cells.advance(2999);
        assertEquals(List.of(), cells.fire(p, TICK));
        cells.advance(1);
        assertEquals(List.of(
                "WARN killing 'cat' (100) with SIGKILL",
                "DEBG killing cat (pid 100) with signal SIGKILL",
                "kill(100, 9) KILL"), cells.fire(p, TICK));
        assertEquals(ProcessState.STOPPING, p.state());
    }

    @Test
    void tickWhileStoppingKillsTheGroupWithKillasgroup() {
        ProcessRecord p = cells.in(ProcessState.STOPPING, program("cat").killasgroup(true));
        cells.advance(10_000);
        assertEquals(List.of(
                "WARN killing 'cat' (100) with SIGKILL",
                "DEBG killing cat (pid 100) process group with signal SIGKILL",
                "kill(-100, 9) KILL"), cells.fire(p, TICK));
    }

    @Test
    void tickWhileExited() {
        ProcessRecord p = cells.in(ProcessState.EXITED, program("cat").autorestart(RestartPolicy.ALWAYS));
        assertEquals(List.of(), cells.fire(p, TICK_SHUTTING_DOWN));
        assertEquals(List.of(
                "event PROCESS_STATE_STARTING processname:cat groupname:cat from_state:EXITED tries:0",
                "spawn cat"), cells.fire(p, TICK));
    }

    @Test
    void tickWhileExitedWithEachPolicy() {
        assertEquals(List.of(), tickAfterExit(RestartPolicy.NEVER, 1));
        assertEquals(List.of(), tickAfterExit(RestartPolicy.UNEXPECTED, 0));
        assertEquals(2, tickAfterExit(RestartPolicy.UNEXPECTED, 1).size());
        assertEquals(2, tickAfterExit(RestartPolicy.ALWAYS, 0).size());
    }

    private List<String> tickAfterExit(RestartPolicy policy, int code) {
        Cells fresh = new Cells();
        ProcessRecord p = fresh.in(ProcessState.RUNNING, program("cat").autorestart(policy));
        fresh.fire(p, new Trigger.Exited(WaitStatus.exited(code)));
        return fresh.fire(p, TICK);
    }

    @Test
    void tickWhileFatal() {
        ProcessRecord p = cells.in(ProcessState.FATAL);
        cells.advance(3_600_000);
        assertEquals(List.of(), cells.fire(p, TICK));
    }

    @Test
    void tickWhileUnknown() {
        ProcessRecord p = cells.in(ProcessState.UNKNOWN);
        cells.advance(3_600_000);
        assertEquals(List.of(), cells.fire(p, TICK));
    }
}
