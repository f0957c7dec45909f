package dev.jsupervisor.daemon.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsupervisor.config.value.LogLevel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenerProtocolTest {
    private final List<String> lines = new ArrayList<>();
    private final List<Event> rejected = new ArrayList<>();
    private final List<String> handled = new ArrayList<>();

    private ListenerProtocol protocol() {
        return new ListenerProtocol("lst", new ListenerProtocol.Host() {
            @Override
            public void log(LogLevel level, String message) {
                lines.add(level + " " + message);
            }

            @Override
            public ResultHandler handler() {
                return new ResultHandler() {
                    @Override
                    public String spec() {
                        return "test";
                    }

                    @Override
                    public void handle(Event event, byte[] response) throws RejectEvent {
                        handled.add(new String(response, StandardCharsets.UTF_8));
                        new DefaultResultHandler().handle(event, response);
                    }
                };
            }

            @Override
            public void rejected(Event event) {
                rejected.add(event);
            }
        });
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** READY, an event, its answer and READY again: the same outcome however the bytes are split. */
    @Test
    void answerSplitAtEveryByte() {
        String answer = "RESULT 2\nOKREADY\n";
        List<String> expectedLines = null;
        for (int cut = 0; cut <= answer.length(); cut++) {
            for (int second = cut; second <= answer.length(); second++) {
                lines.clear();
                handled.clear();
                ListenerProtocol p = protocol();
                p.feed(b("READY\n"));
                p.sent(Payloads.group(true, "g"));
                p.feed(b(answer.substring(0, cut)));
                p.feed(b(answer.substring(cut, second)));
                p.feed(b(answer.substring(second)));
                assertEquals(ListenerState.READY, p.state(), "cuts " + cut + "," + second);
                assertEquals(List.of("OK"), handled);
                if (expectedLines == null) {
                    expectedLines = List.copyOf(lines);
                }
                assertEquals(expectedLines, lines);
            }
        }
        assertEquals(List.of("DEBG lst: ACKNOWLEDGED -> READY", "DEBG lst: event was processed",
                "DEBG lst: BUSY -> ACKNOWLEDGED", "DEBG lst: ACKNOWLEDGED -> READY"), expectedLines);
    }

    @Test
    void oneByteAtATime() {
        ListenerProtocol p = protocol();
        for (byte x : b("READY\n")) {
            p.feed(new byte[] {x});
        }
        Event e = Payloads.group(true, "g");
        p.sent(e);
        for (byte x : b("RESULT 4\nFAILREADY\n")) {
            p.feed(new byte[] {x});
        }
        assertEquals(ListenerState.READY, p.state());
        assertEquals(List.of(e), rejected);
        assertEquals("WARN lst: event was rejected", lines.get(1));
    }

    @Test
    void spuriousOutputWhileReadyIsUnknown() {
        ListenerProtocol p = protocol();
        p.feed(b("READY\nhello"));
        assertEquals(ListenerState.UNKNOWN, p.state());
        assertEquals("WARN lst: has entered the UNKNOWN state and will no longer receive events, this usually"
                + " indicates the process violated the eventlistener protocol", lines.get(lines.size() - 1));
        p.feed(b("READY\n"));
        assertEquals(ListenerState.UNKNOWN, p.state());
    }

    @Test
    void notReadyWhileAcknowledgedIsUnknown() {
        ListenerProtocol p = protocol();
        p.feed(b("READ"));
        assertEquals(ListenerState.ACKNOWLEDGED, p.state());
        p.feed(b("Y!"));
        assertEquals(ListenerState.UNKNOWN, p.state());
    }

    @Test
    void badResultLineRejectsTheEvent() {
        ListenerProtocol p = protocol();
        p.feed(b("READY\n"));
        Event e = Payloads.group(true, "g");
        p.sent(e);
        p.feed(b("RESULT x\n"));
        assertEquals(ListenerState.UNKNOWN, p.state());
        assertEquals(List.of(e), rejected);
        assertEquals("WARN lst: bad result line: 'RESULT x'", lines.get(1));
    }

    @Test
    void resultWordIsNotChecked() {
        ListenerProtocol p = protocol();
        p.feed(b("READY\n"));
        p.sent(Payloads.group(true, "g"));
        p.feed(b("XXXXXXX 2\nOK"));
        assertEquals(ListenerState.ACKNOWLEDGED, p.state());
        assertEquals(List.of("OK"), handled);
    }

    @Test
    void emptyResultWaitsForMoreBytes() {
        ListenerProtocol p = protocol();
        p.feed(b("READY\n"));
        p.sent(Payloads.group(true, "g"));
        p.feed(b("RESULT 0\n"));
        assertEquals(ListenerState.BUSY, p.state());       // 4.2.5 only looks again when more arrives
        p.feed(b("READY\n"));
        assertEquals(ListenerState.READY, p.state());
        assertEquals(List.of(""), handled);
    }

    @Test
    void exitWhileBusyGivesTheEventBack() {
        ListenerProtocol p = protocol();
        p.feed(b("READY\n"));
        Event e = Payloads.group(true, "g");
        p.sent(e);
        p.finished();
        assertEquals(List.of(e), rejected);
        p.spawned();
        assertEquals(ListenerState.ACKNOWLEDGED, p.state());
    }

    @Test
    void pythonIntRules() {
        assertEquals(12, PyInt.parse(b("RESULT  +1_2 "), 7));
        assertEquals(-1, PyInt.parse(b("RESULT 1__2"), 7));
        assertEquals(-1, PyInt.parse(b("RESULT "), 7));
        assertEquals(0, PyInt.parse(b("RESULT -0"), 7));
        assertEquals(-1, PyInt.parse(b("RESULT -3"), 7));
        assertEquals(5, PyInt.parse(b("RESULT\t5"), 6));
        assertEquals(-1, PyInt.parse(Arrays.copyOf(b("RES"), 3), 7));
    }
}
