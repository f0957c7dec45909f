package dev.jsupervisor.daemon.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnsiStripperTest {
    private static String strip(String s) {
        return new String(AnsiStripper.strip(s.getBytes(StandardCharsets.ISO_8859_1)), StandardCharsets.ISO_8859_1);
    }

    /** Each pair was run through the reference's stripEscapes (4.2.5). */
    @Test
    void matchesTheReference() {
        assertEquals("ared b", strip("a\u001b[31mred\u001b[0m b"));
        assertEquals("xello", strip("x\u001b[hello"));
        assertEquals("", strip("\u001b[1;2"));
        assertEquals("p", strip("p\u001b[12"));
        assertEquals("\u001bz", strip("\u001b\u001b[mz"));
        assertEquals("[q", strip("\u001b[]m[q"));
        assertEquals("qm!", strip("q\u001b[31mm\u001b[K!"));
    }

    @Test
    void plainTextAndLoneEscapesPassThrough() {
        assertEquals("", strip(""));
        assertEquals("plain\n", strip("plain\n"));
        assertEquals("end\u001b", strip("end\u001b"));
        assertEquals("\u00e9\u00ff", strip("\u00e9\u00ff"));
    }

    @Test
    void everyTerminatorEndsASequence() {
        for (char t : "HfABCDRsuJKhlpm".toCharArray()) {
            assertEquals("ab", strip("a\u001b[12;3" + t + "b"), "terminator " + t);
        }
        assertEquals("", strip("a".substring(1) + "\u001b[12;3xyzb"));
    }
}
