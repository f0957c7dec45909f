package dev.jsupervisor.daemon.process;

import static dev.jsupervisor.daemon.process.Program.program;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsupervisor.config.value.RestartPolicy;
import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole lifecycles through {@link Supervision}, a fake clock and a scripted shell. */
class LifecycleScenarioTest {
    private final FakeClock clock = new FakeClock();

    private ScriptedShell shell(Program... programs) {
        List<dev.jsupervisor.config.model.GroupConfig> groups =
                java.util.Arrays.stream(programs).map(p -> (dev.jsupervisor.config.model.GroupConfig) p.group()).toList();
        return new ScriptedShell(new Supervision(groups, clock.now()), clock);
    }

    /** Passes every 100 ms for {@code millis}; a child that exists dies at once with {@code code}. */
    private void crashLoop(ScriptedShell shell, ProcessRecord p, long millis, int code) {
        for (long t = 0; t <= millis; t += 100) {
            shell.pass();
            if (p.pid() != 0) {
                shell.reap(p, WaitStatus.exited(code));
            }
            clock.advance(100);
        }
    }

    @Test
    void aProgramThatDiesAtOnceBacksOffOneTwoSecondsThenGoesFatal() {
        ScriptedShell shell = shell(program("flaky").startretries(2));
        ProcessRecord p = shell.process("flaky", "flaky");
        crashLoop(shell, p, 6000, 0);

        assertEquals(List.of("0 spawn flaky", "1100 spawn flaky", "3200 spawn flaky"), shell.lines("spawn flaky"));
        assertEquals(List.of(
                "0 event PROCESS_STATE_STARTING processname:flaky groupname:flaky from_state:STOPPED tries:0",
                "0 spawn flaky",
                "0 INFO spawned: 'flaky' with pid 100",
                "0 event PROCESS_STATE_BACKOFF processname:flaky groupname:flaky from_state:STARTING tries:1",
                "0 WARN exited: flaky (exit status 0; not expected)",
                "1100 event PROCESS_STATE_STARTING processname:flaky groupname:flaky from_state:BACKOFF tries:1",
                "1100 spawn flaky",
                "1100 INFO spawned: 'flaky' with pid 101",
                "1100 event PROCESS_STATE_BACKOFF processname:flaky groupname:flaky from_state:STARTING tries:2",
                "1100 WARN exited: flaky (exit status 0; not expected)",
                "3200 event PROCESS_STATE_STARTING processname:flaky groupname:flaky from_state:BACKOFF tries:2",
                "3200 spawn flaky",
                "3200 INFO spawned: 'flaky' with pid 102",
                "3200 event PROCESS_STATE_BACKOFF processname:flaky groupname:flaky from_state:STARTING tries:3",
                "3200 WARN exited: flaky (exit status 0; not expected)",
                "3300 event PROCESS_STATE_FATAL processname:flaky groupname:flaky from_state:BACKOFF",
                "3300 INFO gave up: flaky entered FATAL state, too many start retries too quickly"),
                shell.transcript);
        assertEquals(ProcessState.FATAL, p.state());
        assertEquals("Exited too quickly (process log may have details)",
                Description.of(p, clock.now().epochSeconds(), java.time.ZoneOffset.UTC));
    }

    @Test
    void aCommandThatCannotBeFoundGivesUpOnTheFailedRetry() {
        ScriptedShell shell = shell(program("bad").startretries(1));
        shell.failSpawns("can't find command 'bad'", "can't find command 'bad'");
        ProcessRecord p = shell.process("bad", "bad");
        crashLoop(shell, p, 3000, 0);
        assertEquals(List.of("0 INFO spawnerr: can't find command 'bad'", "1100 INFO spawnerr: can't find command 'bad'"),
                shell.lines("spawnerr"));
        assertEquals(List.of("1100 INFO gave up: bad entered FATAL state, too many start retries too quickly"),
                shell.lines("gave up"));
    }

    @Test
    void startsecsZeroIsRunningOnTheNextPass() {
        ScriptedShell shell = shell(program("quick").startsecs(0));
        ProcessRecord p = shell.process("quick", "quick");
        shell.pass().pass();
        assertEquals(ProcessState.STARTING, p.state()); // same millisecond: not strictly later
        clock.advance(1);
        shell.pass();
        assertEquals(List.of("1 INFO success: quick entered RUNNING state, process has stayed up for > than 0 seconds"
                + " (startsecs)"), shell.lines("success"));
    }

    @Test
    void reachingRunningResetsTheRetries() {
        ScriptedShell shell = shell(program("crashy").startretries(0).autorestart(RestartPolicy.ALWAYS));
        ProcessRecord p = shell.process("crashy", "crashy");
        for (int round = 0; round < 3; round++) {
            shell.pass();
            clock.advance(1001);
            shell.pass();
            assertEquals(ProcessState.RUNNING, p.state());
            shell.reap(p, WaitStatus.killedBy(11, false));
            assertEquals(ProcessState.EXITED, p.state());
        }
        assertEquals(3, shell.lines("WARN exited: crashy (terminated by SIGSEGV; not expected)").size());
        assertEquals(3, shell.lines("tries:0").size());
    }

    @Test
    void expectedAndUnexpectedExitsUnderEachPolicy() {
        assertEquals(List.of(ProcessState.EXITED, ProcessState.EXITED), afterExit(RestartPolicy.NEVER, 0, 1));
        assertEquals(List.of(ProcessState.EXITED, ProcessState.STARTING), afterExit(RestartPolicy.UNEXPECTED, 0, 1));
        assertEquals(List.of(ProcessState.STARTING, ProcessState.STARTING), afterExit(RestartPolicy.ALWAYS, 0, 1));
    }

    /** The state one pass after an exit with {@code expected} and with {@code unexpected} codes. */
    private List<ProcessState> afterExit(RestartPolicy policy, int expected, int unexpected) {
        ProcessState[] states = new ProcessState[2];
        int[] codes = {expected, unexpected};
        for (int i = 0; i < 2; i++) {
            FakeClock c = new FakeClock();
            ScriptedShell shell = new ScriptedShell(new Supervision(
                    List.of(program("job").autorestart(policy).exitcodes(expected).group()), c.now()), c);
            ProcessRecord p = shell.process("job", "job");
            shell.pass();
            c.advance(1500);
            shell.pass().reap(p, WaitStatus.exited(codes[i])).pass();
            states[i] = p.state();
        }
        return List.of(states);
    }

    @Test
    void aStubbornProcessGetsSigkillEveryStopwaitsecs() {
        ScriptedShell shell = shell(program("stubborn").stopwaitsecs(2));
        ProcessRecord p = shell.process("stubborn", "stubborn");
        shell.pass();
        clock.advance(1500);
        shell.pass();
        shell.perform(shell.supervision.stop(p, clock.now()).effects());
        shell.run(4500, 500);
        shell.reap(p, WaitStatus.killedBy(9, false));
        assertEquals(List.of("1500 kill(100, 15) STOP", "3500 kill(100, 9) KILL", "5500 kill(100, 9) KILL"),
                shell.lines("kill("));
        assertEquals(List.of("3500 WARN killing 'stubborn' (100) with SIGKILL",
                "5500 WARN killing 'stubborn' (100) with SIGKILL"), shell.lines("WARN killing"));
        assertEquals(List.of("6000 WARN stopped: stubborn (terminated by SIGKILL)"), shell.lines("stopped:"));
        assertEquals(ProcessState.STOPPED, p.state());
    }

    @Test
    void stopasgroupSignalsTheProcessGroupBothTimes() {
        ScriptedShell shell = shell(program("tree").stopasgroup(true).stopwaitsecs(1));
        ProcessRecord p = shell.process("tree", "tree");
        shell.pass();
        shell.perform(shell.supervision.stop(p, clock.now()).effects());
        shell.run(1000, 1000);
        assertEquals(List.of("0 kill(-100, 15) STOP", "1000 kill(-100, 9) KILL"), shell.lines("kill("));
        assertEquals(List.of("0 DEBG killing tree (pid 100) process group with signal SIGTERM",
                "1000 DEBG killing tree (pid 100) process group with signal SIGKILL"), shell.lines("DEBG killing"));
    }

    @Test
    void aChildGoneBeforeTheStopSignalIsNotAnError() {
        ScriptedShell shell = shell(program("gone"));
        ProcessRecord p = shell.process("gone", "gone");
        shell.pass();
        shell.failNextSignal(true, Messages.NO_SUCH_PROCESS_DETAIL);
        shell.perform(shell.supervision.stop(p, clock.now()).effects());
        assertEquals(ProcessState.STOPPING, p.state());
        shell.reap(p, WaitStatus.exited(0));
        assertEquals(List.of("0 DEBG unable to signal gone (pid 100), it probably just exited on its own: "
                + "[Errno 3] No such process"), shell.lines("unable"));
        assertEquals(ProcessState.STOPPED, p.state());
    }
}
