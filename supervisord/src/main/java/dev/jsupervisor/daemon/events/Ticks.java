package dev.jsupervisor.daemon.events;

import dev.jsupervisor.config.model.EventType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * TICK_5, TICK_60 and TICK_3600: an event whenever the wall clock enters a new multiple of the
 * period, with that multiple as {@code when}. The first slice is the one the daemon started in,
 * so there is no tick at startup.
 */
final class Ticks {
    static final Map<EventType, Long> PERIODS = Map.of(EventType.TICK_5, 5L, EventType.TICK_60, 60L,
            EventType.TICK_3600, 3600L);
    private static final List<EventType> ORDER = List.of(EventType.TICK_5, EventType.TICK_60, EventType.TICK_3600);

    private final Map<EventType, Long> lastSlice = new EnumMap<>(EventType.class);

    Ticks(long nowEpochMillis) {
        for (EventType type : ORDER) {
            lastSlice.put(type, slice(type, nowEpochMillis));
        }
    }

    /** The ticks due at this time, shortest period first (the reference's order). */
    List<Event> due(long nowEpochMillis) {
        List<Event> due = new ArrayList<>(1);
        for (EventType type : ORDER) {
            long slice = slice(type, nowEpochMillis);
            if (slice != lastSlice.get(type)) {
                lastSlice.put(type, slice);
                due.add(Payloads.tick(type, slice));
            }
        }
        return due;
    }

    /** Milliseconds until the next boundary of this tick type. */
    static long millisUntilNext(EventType type, long nowEpochMillis) {
        long periodMillis = PERIODS.get(type) * 1000;
        return periodMillis - Math.floorMod(nowEpochMillis, periodMillis);
    }

    private static long slice(EventType type, long epochMillis) {
        long period = PERIODS.get(type);
        long seconds = Math.floorDiv(epochMillis, 1000);
        return seconds - Math.floorMod(seconds, period);
    }
}
