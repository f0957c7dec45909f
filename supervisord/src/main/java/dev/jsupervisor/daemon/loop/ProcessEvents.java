package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.daemon.process.Effect;

/**
 * Where state changes go once the event system exists (PROCESS_STATE_* events, spec section 7).
 * Until then {@link #NONE} drops them.
 */
@FunctionalInterface
interface ProcessEvents {
    void stateChanged(Effect.StateChange change);

    ProcessEvents NONE = change -> { };
}
