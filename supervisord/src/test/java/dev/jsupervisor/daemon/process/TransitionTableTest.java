package dev.jsupervisor.daemon.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shape of the table: exactly these cells are legal; every other cell throws. */
class TransitionTableTest {

    private static final Map<ProcessState, Set<Trigger.Kind>> LEGAL = Map.of(
            ProcessState.STOPPED, EnumSet.of(Trigger.Kind.START, Trigger.Kind.TICK),
            ProcessState.STARTING, EnumSet.of(Trigger.Kind.STOP, Trigger.Kind.SIGNAL, Trigger.Kind.SPAWNED,
                    Trigger.Kind.SPAWN_FAILED, Trigger.Kind.EXITED, Trigger.Kind.TICK, Trigger.Kind.SIGNAL_FAILED),
            ProcessState.RUNNING, EnumSet.of(Trigger.Kind.STOP, Trigger.Kind.SIGNAL, Trigger.Kind.EXITED,
                    Trigger.Kind.TICK, Trigger.Kind.SIGNAL_FAILED),
            ProcessState.BACKOFF, EnumSet.of(Trigger.Kind.STOP, Trigger.Kind.TICK, Trigger.Kind.GIVE_UP),
            ProcessState.STOPPING, EnumSet.of(Trigger.Kind.START, Trigger.Kind.SIGNAL, Trigger.Kind.EXITED,
                    Trigger.Kind.TICK, Trigger.Kind.SIGNAL_FAILED),
            ProcessState.EXITED, EnumSet.of(Trigger.Kind.START, Trigger.Kind.TICK),
            ProcessState.FATAL, EnumSet.of(Trigger.Kind.START, Trigger.Kind.TICK),
            ProcessState.UNKNOWN, EnumSet.of(Trigger.Kind.EXITED, Trigger.Kind.TICK));

    @Test
    void exactlyTheListedCellsAreLegal() {
        for (ProcessState state : ProcessState.values()) {
            for (Trigger.Kind kind : Trigger.Kind.values()) {
                assertEquals(LEGAL.get(state).contains(kind), TransitionTable.isLegal(state, kind), state + " x " + kind);
            }
        }
    }

    static Stream<Arguments> illegalCells() {
        List<Arguments> cells = new ArrayList<>();
        for (ProcessState state : ProcessState.values()) {
            for (Trigger.Kind kind : Trigger.Kind.values()) {
                if (!LEGAL.get(state).contains(kind)) {
                    cells.add(Arguments.of(state, kind));
                }
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} x {1} throws")
    @MethodSource("illegalCells")
    void illegalCellThrowsAndChangesNothing(ProcessState state, Trigger.Kind kind) {
        Cells cells = new Cells();
        ProcessRecord p = cells.in(state);
        int pid = p.pid();
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> cells.fire(p, sample(kind)));
        assertEquals(state, e.state());
        assertEquals(kind, e.trigger());
        assertEquals(state, p.state());
        assertEquals(pid, p.pid());
    }

    @Test
    void illegalCellCount() {
        assertEquals(44, illegalCells().count());
    }

    static Trigger sample(Trigger.Kind kind) {
        switch (kind) {
            case START: return new Trigger.Start();
            case STOP: return new Trigger.Stop();
            case SIGNAL: return new Trigger.SendSignal(1);
            case SPAWNED: return new Trigger.Spawned(200);
            case SPAWN_FAILED: return new Trigger.SpawnFailed("boom");
            case EXITED: return new Trigger.Exited(WaitStatus.exited(0));
            case TICK: return new Trigger.Tick(true);
            case GIVE_UP: return new Trigger.GiveUp();
            default: return new Trigger.SignalFailed(Effect.Signal.Purpose.REQUEST, true, "x");
        }
    }
}
