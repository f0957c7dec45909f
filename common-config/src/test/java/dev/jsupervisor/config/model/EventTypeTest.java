package dev.jsupervisor.config.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventTypeTest {
    @Test
    void twentySevenNamedTypes() {
        assertEquals(27, EventType.values().length);
    }

    @Test
    void subtypesBelongToTheirFamilies() {
        assertTrue(EventType.PROCESS_STATE_RUNNING.isA(EventType.PROCESS_STATE));
        assertTrue(EventType.TICK_5.isA(EventType.EVENT));
        assertTrue(EventType.PROCESS_LOG_STDOUT.isA(EventType.PROCESS_LOG));
        assertFalse(EventType.TICK_5.isA(EventType.PROCESS_STATE));
        assertEquals(Optional.empty(), EventType.EVENT.parent());
    }

    @Test
    void lookupIsExact() {
        assertEquals(Optional.of(EventType.TICK_60), EventType.byName("TICK_60"));
        assertEquals(Optional.empty(), EventType.byName("tick_60"));
    }
}
