package dev.jsupervisor.daemon.events;

/** Where a listener process stands in the protocol (spec section 7.3). */
public enum ListenerState {
    /** Just spawned, or answered its last event: waiting for {@code READY\n}. */
    ACKNOWLEDGED,
    /** May be sent one event. */
    READY,
    /** Has an event and owes a {@code RESULT}. */
    BUSY,
    /** Broke the protocol: gets no more events while this spawn lives. */
    UNKNOWN
}
