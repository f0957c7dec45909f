package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.daemon.process.Effect;

/**
 * Where state changes go: the run's EventHub (PROCESS_STATE_* events, spec section 7).
 * {@link #NONE} drops them (tests that need no events).
 */
@FunctionalInterface
interface ProcessEvents {
    void stateChanged(Effect.StateChange change);

    ProcessEvents NONE = change -> { };
}
