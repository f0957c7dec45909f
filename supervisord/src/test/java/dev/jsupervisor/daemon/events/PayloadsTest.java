package dev.jsupervisor.daemon.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsupervisor.config.model.EventType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every payload as 4.2.5 renders it (captured from the running reference). */
class PayloadsTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void processLogHasChannel() {
        Event e = Payloads.processLog(true, "ok", "g", 21978, b("hello\n"));
        assertEquals(EventType.PROCESS_LOG_STDOUT, e.type());
        assertEquals("processname:ok groupname:g pid:21978 channel:stdout\nhello\n", e.payload());
        assertEquals("processname:ok groupname:g pid:1 channel:stderr\nerr\n",
                Payloads.processLog(false, "ok", "g", 1, b("err\n")).payload());
    }

    @Test
    void undecodableBytesShownAsPythonRepr() {
        assertEquals("processname:a groupname:a pid:2 channel:stdout\nUndecodable: b'\\xff\\n'",
                Payloads.processLog(true, "a", "a", 2, new byte[] {(byte) 0xff, '\n'}).payload());
    }

    @Test
    void processCommunication() {
        Event e = Payloads.processCommunication(true, "ok", "g", 21978, b("captured"));
        assertEquals(EventType.PROCESS_COMMUNICATION_STDOUT, e.type());
        assertEquals("processname:ok groupname:g pid:21978\ncaptured", e.payload());
        assertEquals(EventType.PROCESS_COMMUNICATION_STDERR,
                Payloads.processCommunication(false, "ok", "g", 1, b("")).type());
    }

    @Test
    void groupEventsEndWithNewline() {
        assertEquals("groupname:g\n", Payloads.group(true, "g").payload());
        assertEquals(EventType.PROCESS_GROUP_REMOVED, Payloads.group(false, "g").type());
    }

    @Test
    void tickAndRemote() {
        assertEquals("when:1795252870", Payloads.tick(EventType.TICK_5, 1795252870L).payload());
        assertEquals("type:5\n[1, 'a', True]", Payloads.remoteCommunication("5", "[1, 'a', True]").payload());
    }

    @Test
    void ticksFireAtBoundariesOnly() {
        Ticks ticks = new Ticks(1_700_000_003_500L);          // 3.5 s into a 5 s slice
        assertEquals(0, ticks.due(1_700_000_004_999L).size());
        var due = ticks.due(1_700_000_005_000L);
        assertEquals(1, due.size());
        assertEquals("when:1700000005", due.get(0).payload());
        assertEquals(1500, Ticks.millisUntilNext(EventType.TICK_5, 1_700_000_003_500L));
        var hour = new Ticks(1_699_999_199_000L).due(1_699_999_200_000L);   // an hour and minute boundary
        assertEquals(3, hour.size());
        assertEquals(EventType.TICK_3600, hour.get(2).type());
    }
}
