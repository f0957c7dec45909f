package dev.jsupervisor.daemon.events;

import dev.jsupervisor.config.model.EventType;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One notification with its payload rendered at the moment it happened. The global serial is
 * given when the first pool accepts it (an event nobody subscribes to uses no serial, as in the
 * reference) and each pool gives its own serial once; a rebuffered event keeps both.
 */
public final class Event {
    static final long NO_SERIAL = -1;

    private final EventType type;
    private Supplier<String> render;
    private String payload;
    private long serial = NO_SERIAL;
    private final Map<String, Long> poolSerials = new HashMap<>(2);

    public Event(EventType type, String payload) {
        this(type, (Supplier<String>) null);
        this.payload = payload;
    }

    /**
     * An event whose payload is rendered when first needed, like the reference's log events: an
     * event dropped from a full buffer is never decoded. What {@code render} reads must not change.
     */
    Event(EventType type, Supplier<String> render) {
        if (type.isAbstract()) {
            throw new IllegalArgumentException("abstract event type " + type);
        }
        this.type = type;
        this.render = render;
    }

    public EventType type() {
        return type;
    }

    public String payload() {
        if (payload == null) {
            payload = render.get();
            render = null;
        }
        return payload;
    }

    /** The global serial; {@link #NO_SERIAL} until a pool accepted the event. */
    public long serial() {
        return serial;
    }

    void assignSerial(long value) {
        serial = value;
    }

    boolean hasPoolSerial(String pool) {
        return poolSerials.containsKey(pool);
    }

    long poolSerial(String pool) {
        return poolSerials.get(pool);
    }

    void assignPoolSerial(String pool, long value) {
        poolSerials.put(pool, value);
    }

    @Override
    public String toString() {
        return type + "#" + serial;
    }
}
