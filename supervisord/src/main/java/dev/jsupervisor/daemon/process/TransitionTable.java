package dev.jsupervisor.daemon.process;

import static dev.jsupervisor.daemon.process.Trigger.Kind.EXITED;
import static dev.jsupervisor.daemon.process.Trigger.Kind.GIVE_UP;
import static dev.jsupervisor.daemon.process.Trigger.Kind.SIGNAL;
import static dev.jsupervisor.daemon.process.Trigger.Kind.SIGNAL_FAILED;
import static dev.jsupervisor.daemon.process.Trigger.Kind.SPAWNED;
import static dev.jsupervisor.daemon.process.Trigger.Kind.SPAWN_FAILED;
import static dev.jsupervisor.daemon.process.Trigger.Kind.START;
import static dev.jsupervisor.daemon.process.Trigger.Kind.STOP;
import static dev.jsupervisor.daemon.process.Trigger.Kind.TICK;

import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The process state machine as a table: one line per legal (state, trigger) cell, each with its
 * own handler. Every cell not listed is illegal and throws {@link IllegalTransitionException}.
 * Handlers may still refuse through a guard (a spawn result when none is pending, a stop before
 * the child exists); those refusals throw the same exception.
 */
public final class TransitionTable {
    private TransitionTable() {}

    @FunctionalInterface
    interface Handler {
        void handle(Step step);
    }

    private static final Map<ProcessState, Map<Trigger.Kind, Handler>> CELLS = new EnumMap<>(ProcessState.class);

    static {
        cell(ProcessState.STOPPED, START, StartCells::onStartWhileStopped);
        cell(ProcessState.STOPPED, TICK, TickCells::onTickWhileStopped);

        cell(ProcessState.STARTING, STOP, StopCells::onStopWhileStarting);
        cell(ProcessState.STARTING, SIGNAL, StopCells::onSignalWhileStarting);
        cell(ProcessState.STARTING, SPAWNED, StartCells::onSpawnedWhileStarting);
        cell(ProcessState.STARTING, SPAWN_FAILED, StartCells::onSpawnFailedWhileStarting);
        cell(ProcessState.STARTING, EXITED, ExitCells::onExitWhileStarting);
        cell(ProcessState.STARTING, TICK, TickCells::onTickWhileStarting);
        cell(ProcessState.STARTING, SIGNAL_FAILED, StopCells::onSignalFailedWhileStarting);

        cell(ProcessState.RUNNING, STOP, StopCells::onStopWhileRunning);
        cell(ProcessState.RUNNING, SIGNAL, StopCells::onSignalWhileRunning);
        cell(ProcessState.RUNNING, EXITED, ExitCells::onExitWhileRunning);
        cell(ProcessState.RUNNING, TICK, TickCells::onTickWhileRunning);
        cell(ProcessState.RUNNING, SIGNAL_FAILED, StopCells::onSignalFailedWhileRunning);

        cell(ProcessState.BACKOFF, STOP, StopCells::onStopWhileBackoff);
        cell(ProcessState.BACKOFF, TICK, TickCells::onTickWhileBackoff);
        cell(ProcessState.BACKOFF, GIVE_UP, StopCells::onGiveUpWhileBackoff);

        cell(ProcessState.STOPPING, START, StartCells::onStartWhileStopping);
        cell(ProcessState.STOPPING, SIGNAL, StopCells::onSignalWhileStopping);
        cell(ProcessState.STOPPING, EXITED, ExitCells::onExitWhileStopping);
        cell(ProcessState.STOPPING, TICK, TickCells::onTickWhileStopping);
        cell(ProcessState.STOPPING, SIGNAL_FAILED, StopCells::onSignalFailedWhileStopping);

        cell(ProcessState.EXITED, START, StartCells::onStartWhileExited);
        cell(ProcessState.EXITED, TICK, TickCells::onTickWhileExited);

        cell(ProcessState.FATAL, START, StartCells::onStartWhileFatal);
        cell(ProcessState.FATAL, TICK, TickCells::onTickWhileFatal);

        cell(ProcessState.UNKNOWN, EXITED, ExitCells::onExitWhileUnknown);
        cell(ProcessState.UNKNOWN, TICK, TickCells::onTickWhileUnknown);
    }

    private static void cell(ProcessState state, Trigger.Kind trigger, Handler handler) {
        Handler previous = CELLS.computeIfAbsent(state, s -> new EnumMap<>(Trigger.Kind.class)).put(trigger, handler);
        if (previous != null) {
            throw new IllegalStateException("cell listed twice: " + state + " x " + trigger);
        }
    }

    /** Whether the table has a handler for this cell. */
    public static boolean isLegal(ProcessState state, Trigger.Kind trigger) {
        return CELLS.getOrDefault(state, Map.of()).containsKey(trigger);
    }

    /** Runs the cell for the process's current state and this trigger; returns its effects in order. */
    public static List<Effect> fire(ProcessRecord process, Trigger trigger, Now now) {
        Handler handler = CELLS.getOrDefault(process.state(), Map.of()).get(trigger.kind());
        if (handler == null) {
            throw new IllegalTransitionException(process, trigger.kind(), "");
        }
        Step step = new Step(process, trigger, now);
        handler.handle(step);
        return step.effects();
    }
}
