package dev.jsupervisor.daemon.process;

import static dev.jsupervisor.daemon.process.Program.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Shutdown of three groups: db (priority 10), workers (20: w1, w2, and flaky between retries),
 * front (30). Children die 500 ms after their stop signal, except db, which ignores SIGTERM.
 */
class ShutdownScenarioTest {
    private final FakeClock clock = new FakeClock();
    private final Supervision supervision = new Supervision(List.of(
            Program.group("front", 30, program("front")),
            Program.group("db", 10, program("db").stopwaitsecs(10)),
            Program.group("workers", 20, program("w2").priority(2), program("w1").priority(1),
                    program("flaky").priority(3).startretries(100))), clock.now());
    private final ScriptedShell shell = new ScriptedShell(supervision, clock);
    /** pid -> monotonic time its stop signal was sent. */
    private final Map<Integer, Long> signalled = new HashMap<>();

    @Test
    void groupsStopOneAtATimeFromTheHighestPriorityNumber() {
        shell.pass();
        shell.reap(shell.process("workers", "flaky"), WaitStatus.exited(1));
        clock.advance(500);
        shell.pass();
        supervision.beginShutdown();
        long finishedAt = runShutdown();

        assertEquals(List.of(
                "500 kill(104, 15) STOP",
                "1100 kill(102, 15) STOP",
                "1100 kill(101, 15) STOP",
                "1700 kill(100, 15) STOP",
                "11700 kill(100, 9) KILL"), shell.lines("kill("));
        assertEquals(List.of(
                "1100 event PROCESS_STATE_FATAL processname:flaky groupname:workers from_state:BACKOFF"),
                shell.lines("PROCESS_STATE_FATAL"));
        assertEquals(List.of(
                "500 INFO waiting for db, w1, w2, flaky, front to die",
                "3600 INFO waiting for db to die",
                "6700 INFO waiting for db to die",
                "9800 INFO waiting for db to die"), shell.lines("to die"));
        assertEquals(List.of("500 BLAT db state: STARTING", "500 BLAT w1 state: STARTING",
                "500 BLAT w2 state: STARTING", "500 BLAT flaky state: BACKOFF", "500 BLAT front state: STOPPING"),
                shell.lines("500 BLAT"));
        assertEquals(11800, finishedAt); // the pass after db was reaped
        assertTrue(supervision.allProcesses().stream().allMatch(p -> p.state().isStopped()));
    }

    @Test
    void nothingStartsWhileShuttingDown() {
        supervision.beginShutdown();
        ShutdownPass first = supervision.shutdownBeforePoll(clock.now());
        assertTrue(first.finished());
        assertEquals(List.of(), supervision.transitionAll(clock.now()));
    }

    @Test
    void shutdownStepsNeedAShutdown() {
        assertThrows(IllegalStateException.class, () -> supervision.shutdownBeforePoll(clock.now()));
        assertThrows(IllegalStateException.class, supervision::shutdownAfterReap);
    }

    /** The daemon loop's shutdown shape, one pass per 100 ms; returns when it would exit. */
    private long runShutdown() {
        for (int i = 0; i < 1000; i++) {
            ShutdownPass pass = supervision.shutdownBeforePoll(clock.now());
            shell.perform(pass.effects());
            if (pass.finished()) {
                return clock.elapsedMillis();
            }
            noteNewStopSignals();
            shell.pass();
            reapThoseThatDied();
            supervision.shutdownAfterReap();
            clock.advance(100);
        }
        throw new AssertionError("shutdown never finished");
    }

    private void noteNewStopSignals() {
        for (ProcessRecord p : supervision.allProcesses()) {
            if (p.state() == ProcessState.STOPPING) {
                signalled.putIfAbsent(p.pid(), clock.now().monotonicMillis());
            }
        }
    }

    /** Everyone but db dies 500 ms after its SIGTERM; db only dies of the SIGKILL. */
    private void reapThoseThatDied() {
        for (ProcessRecord p : supervision.allProcesses()) {
            Long since = signalled.get(p.pid());
            if (p.state() != ProcessState.STOPPING || since == null) {
                continue;
            }
            boolean dies = p.name().equals("db")
                    ? shell.transcript.get(shell.transcript.size() - 1).endsWith("KILL")
                    : clock.now().monotonicMillis() - since >= 500;
            if (dies) {
                shell.reap(p, WaitStatus.killedBy(p.name().equals("db") ? 9 : 15, false));
            }
        }
    }
}
