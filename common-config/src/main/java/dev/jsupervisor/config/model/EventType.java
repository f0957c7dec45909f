package dev.jsupervisor.config.model;

import java.util.Optional;

/**
 * The event type names a listener may subscribe to ({@code events=}), each with the nearest named
 * supertype. Subscribing to a supertype means receiving every subtype, so the daemon can reuse
 * {@link #isA} for dispatch. Abstract types exist only for subscription.
 */
public enum EventType {
    EVENT(null, true),
    PROCESS_STATE(EVENT, true),
    PROCESS_STATE_STOPPED(PROCESS_STATE, false),
    PROCESS_STATE_EXITED(PROCESS_STATE, false),
    PROCESS_STATE_STARTING(PROCESS_STATE, false),
    PROCESS_STATE_STOPPING(PROCESS_STATE, false),
    PROCESS_STATE_BACKOFF(PROCESS_STATE, false),
    PROCESS_STATE_FATAL(PROCESS_STATE, false),
    PROCESS_STATE_RUNNING(PROCESS_STATE, false),
    PROCESS_STATE_UNKNOWN(PROCESS_STATE, false),
    PROCESS_COMMUNICATION(EVENT, true),
    PROCESS_COMMUNICATION_STDOUT(PROCESS_COMMUNICATION, false),
    PROCESS_COMMUNICATION_STDERR(PROCESS_COMMUNICATION, false),
    // PROCESS_LOG is concrete-looking in the reference but never emitted itself.
    PROCESS_LOG(EVENT, true),
    PROCESS_LOG_STDOUT(PROCESS_LOG, false),
    PROCESS_LOG_STDERR(PROCESS_LOG, false),
    REMOTE_COMMUNICATION(EVENT, false),
    SUPERVISOR_STATE_CHANGE(EVENT, true),
    SUPERVISOR_STATE_CHANGE_RUNNING(SUPERVISOR_STATE_CHANGE, false),
    SUPERVISOR_STATE_CHANGE_STOPPING(SUPERVISOR_STATE_CHANGE, false),
    TICK(EVENT, true),
    TICK_5(TICK, false),
    TICK_60(TICK, false),
    TICK_3600(TICK, false),
    PROCESS_GROUP(EVENT, true),
    PROCESS_GROUP_ADDED(PROCESS_GROUP, false),
    PROCESS_GROUP_REMOVED(PROCESS_GROUP, false);

    private final EventType parent;
    private final boolean isAbstract;

    EventType(EventType parent, boolean isAbstract) {
        this.parent = parent;
        this.isAbstract = isAbstract;
    }

    /** The nearest named supertype; empty for EVENT. */
    public Optional<EventType> parent() { return Optional.ofNullable(parent); }

    /** True for the types that exist only to subscribe to a family. */
    public boolean isAbstract() { return isAbstract; }

    /** True when this type is {@code other} or one of its subtypes. */
    public boolean isA(EventType other) {
        for (EventType t = this; t != null; t = t.parent) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Exact (already upper-cased) name lookup, as {@code events=} resolves it. */
    public static Optional<EventType> byName(String name) {
        for (EventType t : values()) {
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
