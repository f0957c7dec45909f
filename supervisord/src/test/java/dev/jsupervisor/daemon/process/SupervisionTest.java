package dev.jsupervisor.daemon.process;

import static dev.jsupervisor.daemon.process.Program.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Requests, lookups, ordering and results through {@link Supervision}. */
class SupervisionTest {
    private final FakeClock clock = new FakeClock();
    private final Supervision supervision = new Supervision(List.of(
            Program.group("web", 5, program("b").priority(1), program("a").priority(1), program("c").priority(0)),
            program("idle").priority(1).autostart(false).group()), clock.now());
    private final ScriptedShell shell = new ScriptedShell(supervision, clock);

    @Test
    void groupsAndProcessesAreOrderedByPriorityThenName() {
        assertEquals(List.of("idle", "web"), supervision.groups().stream().map(ProcessGroup::name).toList());
        assertEquals(List.of("idle", "web:c", "web:a", "web:b"),
                supervision.allProcesses().stream().map(ProcessRecord::namespec).toList());
    }

    @Test
    void theFirstPassStartsAutostartProgramsAtOnce() {
        assertEquals(0, Timing.FIRST_AUTOSTART_DELAY_MILLIS);
        shell.pass();
        assertEquals(List.of("0 spawn web:c", "0 spawn web:a", "0 spawn web:b"), shell.lines(" spawn "));
        assertEquals(ProcessState.STOPPED, shell.process("idle", "idle").state());
    }

    @Test
    void startRefusesStartedAndUnknownProcesses() {
        shell.pass();
        ProcessRecord a = shell.process("web", "a");
        assertEquals(Decision.Outcome.ALREADY_STARTED, only(supervision.start(a, clock.now())));
        Decision idle = supervision.start(shell.process("idle", "idle"), clock.now());
        assertEquals(Decision.Outcome.ACCEPTED, only(idle));
        assertEquals(2, idle.effects().size());
    }

    @Test
    void startGroupSkipsStartedProcesses() {
        shell.pass();
        shell.perform(supervision.stop(shell.process("web", "a"), clock.now()).effects());
        shell.reap(shell.process("web", "a"), WaitStatus.exited(0));
        Decision d = supervision.startGroup(supervision.group("web").orElseThrow(), clock.now());
        assertEquals(List.of("web:a"), d.results().stream().map(r -> r.process().namespec()).toList());
        assertEquals(Decision.Outcome.ACCEPTED, only(d));
    }

    @Test
    void stopRefusesWhatIsNotStarted() {
        assertEquals(Decision.Outcome.NOT_RUNNING, only(supervision.stop(shell.process("idle", "idle"), clock.now())));
        shell.pass();
        ProcessRecord a = shell.process("web", "a");
        shell.perform(supervision.stop(a, clock.now()).effects());
        assertEquals(Decision.Outcome.NOT_RUNNING, only(supervision.stop(a, clock.now())));
    }

    @Test
    void stopAllSignalsInAscendingPriorityOrder() {
        shell.pass();
        Decision d = supervision.stopAll(clock.now());
        assertEquals(List.of("web:c", "web:a", "web:b"), d.results().stream().map(r -> r.process().namespec()).toList());
        assertEquals(List.of("kill(100, 15) STOP", "kill(101, 15) STOP", "kill(102, 15) STOP"),
                Render.all(d.effects()).stream().filter(l -> l.startsWith("kill")).toList());
    }

    @Test
    void signalOnlyWhereThereIsAChild() {
        assertEquals(Decision.Outcome.NOT_RUNNING, only(supervision.signal(shell.process("idle", "idle"), 1, clock.now())));
        shell.pass();
        Decision d = supervision.signalGroup(supervision.group("web").orElseThrow(), 1, clock.now());
        assertEquals(3, d.results().size());
        assertEquals(0, supervision.signalAll(1, clock.now()).results().stream()
                .filter(r -> r.outcome() != Decision.Outcome.ACCEPTED).count());
    }

    @Test
    void reapingAnUnknownPidIsOnlyLogged() {
        assertEquals(List.of(new Effect.Log(LogLevel.INFO, "reaped unknown pid 999 (exit status 0)")),
                supervision.reaped(999, WaitStatus.exited(0), clock.now()));
        assertEquals(Optional.empty(), supervision.byPid(0));
    }

    @Test
    void stopReportEveryTwoSecondsWhileStopping() {
        shell.pass();
        ProcessRecord a = shell.process("web", "a");
        assertEquals(Optional.empty(), supervision.stopReport(a, clock.now()));
        shell.perform(supervision.stop(a, clock.now()).effects());
        assertEquals("waiting for a to stop", supervision.stopReport(a, clock.now()).orElseThrow().message());
        clock.advance(2000);
        assertEquals(Optional.empty(), supervision.stopReport(a, clock.now()));
        clock.advance(1);
        assertTrue(supervision.stopReport(a, clock.now()).isPresent());
    }

    @Test
    void transitionOfOneProcessAfterAStart() {
        Supervision s = new Supervision(List.of(program("zero").startsecs(0).autostart(false).group()), clock.now());
        ScriptedShell sh = new ScriptedShell(s, clock);
        ProcessRecord p = s.process("zero", "zero").orElseThrow();
        sh.perform(s.start(p, clock.now()).effects());
        clock.advance(1);
        sh.perform(s.transition(p, clock.now()));
        assertEquals(ProcessState.RUNNING, p.state());
    }

    @Test
    void groupsComeAndGo() {
        assertThrows(IllegalArgumentException.class, () -> supervision.addGroup(program("idle").group()));
        supervision.addGroup(Program.group("late", 0, program("x")));
        assertEquals("late", supervision.groups().get(0).name());
        shell.pass();
        assertFalse(supervision.removeGroup("late"));
        assertTrue(supervision.removeGroup("idle"));
        assertFalse(supervision.removeGroup("nope"));
    }

    private static Decision.Outcome only(Decision d) {
        assertEquals(1, d.results().size());
        return d.results().get(0).outcome();
    }
}
