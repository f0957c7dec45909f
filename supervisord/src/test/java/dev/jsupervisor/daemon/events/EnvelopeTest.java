package dev.jsupervisor.daemon.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsupervisor.config.model.EventType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EnvelopeTest {
    @Test
    void headerTokensInTheReferenceOrder() {
        Event event = Payloads.remoteCommunication("mytype", "mydata");
        assertEquals("ver:3.0 server:supervisor serial:10 pool:lst poolserial:7 eventname:REMOTE_COMMUNICATION"
                + " len:18\ntype:mytype\nmydata", Envelope.text("supervisor", 10, "lst", 7, event));
    }

    @Test
    void lenCountsCharactersNotBytes() {
        Event event = Payloads.remoteCommunication("t", "\u00e9\ud83d\ude00");
        String text = Envelope.text("s", 0, "p", 0, event);
        assertEquals("ver:3.0 server:s serial:0 pool:p poolserial:0 eventname:REMOTE_COMMUNICATION len:9\n"
                + "type:t\n\u00e9\ud83d\ude00", text);
        assertEquals(text, new String(Envelope.bytes("s", 0, "p", 0, event), StandardCharsets.UTF_8));
    }

    @Test
    void emptyPayload() {
        assertEquals("ver:3.0 server:x serial:3 pool:rec poolserial:3 eventname:SUPERVISOR_STATE_CHANGE_RUNNING len:0\n",
                Envelope.text("x", 3, "rec", 3, Payloads.supervisorState(true)));
        assertEquals(EventType.SUPERVISOR_STATE_CHANGE_STOPPING, Payloads.supervisorState(false).type());
    }
}
