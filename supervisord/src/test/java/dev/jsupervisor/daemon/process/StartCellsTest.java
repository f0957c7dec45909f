package dev.jsupervisor.daemon.process;

import static dev.jsupervisor.daemon.process.Program.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per legal cell of the START, SPAWNED and SPAWN_FAILED columns. */
class StartCellsTest {
    private final Cells cells = new Cells();

    @Test
    void startWhileStopped() {
        ProcessRecord p = cells.in(ProcessState.STOPPED);
        assertEquals(List.of(
                "event PROCESS_STATE_STARTING processname:cat groupname:cat from_state:STOPPED tries:0",
                "spawn cat"), cells.fire(p, new Trigger.Start()));
        assertEquals(ProcessState.STARTING, p.state());
        assertEquals(0, p.pid());
        assertTrue(p.hasEverStarted());
        assertEquals(FakeClock.START_EPOCH_MILLIS / 1000, p.startEpochSeconds());
    }

    @Test
    void startWhileExited() {
        ProcessRecord p = cells.in(ProcessState.EXITED, program("cat").exitcodes(1));
        assertEquals("Bad exit code 0", p.spawnError());
        assertEquals(List.of(
                "event PROCESS_STATE_STARTING processname:cat groupname:cat from_state:EXITED tries:0",
                "spawn cat"), cells.fire(p, new Trigger.Start()));
        assertEquals("", p.spawnError());
        assertEquals(0, p.exitStatus());
    }

    @Test
    void startWhileFatal() {
        ProcessRecord p = cells.in(ProcessState.FATAL);
        assertEquals(List.of(
                "event PROCESS_STATE_STARTING processname:cat groupname:cat from_state:FATAL tries:0",
                "spawn cat"), cells.fire(p, new Trigger.Start()));
        assertEquals("", p.spawnError());
    }

    @Test
    void startWhileStopping() {
        ProcessRecord p = cells.in(ProcessState.STOPPING);
        assertEquals(List.of("WARN process 'cat' already running"), cells.fire(p, new Trigger.Start()));
        assertEquals(ProcessState.STOPPING, p.state());
        assertEquals(Cells.PID, p.pid());
    }

    @Test
    void spawnedWhileStarting() {
        ProcessRecord p = cells.awaitingSpawn(program("cat"));
        assertEquals(List.of("INFO spawned: 'cat' with pid 4242"), cells.fire(p, new Trigger.Spawned(4242)));
        assertEquals(ProcessState.STARTING, p.state());
        assertEquals(4242, p.pid());
        // A second result for the same spawn is a bug in the shell.
        assertThrows(IllegalTransitionException.class, () -> cells.fire(p, new Trigger.Spawned(4243)));
    }

    @Test
    void spawnFailedWhileStarting() {
        ProcessRecord p = cells.awaitingSpawn(program("cat"));
        assertEquals(List.of(
                "INFO spawnerr: can't find command 'cat'",
                "event PROCESS_STATE_BACKOFF processname:cat groupname:cat from_state:STARTING tries:1"),
                cells.fire(p, new Trigger.SpawnFailed("can't find command 'cat'")));
        assertEquals(ProcessState.BACKOFF, p.state());
        assertEquals(1, p.backoff());
        assertEquals("can't find command 'cat'", p.spawnError());
    }

    @Test
    void spawnFailedWhileStartingWithAChild() {
        ProcessRecord p = cells.in(ProcessState.STARTING);
        assertThrows(IllegalTransitionException.class, () -> cells.fire(p, new Trigger.SpawnFailed("x")));
    }

    @Test
    void spawnFailedOnTheLastRetryGivesUpAtOnce() {
        ProcessRecord p = cells.awaitingSpawn(program("cat").startretries(1));
        cells.fire(p, new Trigger.SpawnFailed("e"));
        cells.advance(1001);
        cells.fire(p, new Trigger.Tick(true));
        assertEquals(List.of(
                "INFO spawnerr: e",
                "event PROCESS_STATE_BACKOFF processname:cat groupname:cat from_state:STARTING tries:2",
                "event PROCESS_STATE_FATAL processname:cat groupname:cat from_state:BACKOFF",
                "INFO gave up: cat entered FATAL state, too many start retries too quickly"),
                cells.fire(p, new Trigger.SpawnFailed("e")));
        assertEquals(0, p.backoff());
    }
}
