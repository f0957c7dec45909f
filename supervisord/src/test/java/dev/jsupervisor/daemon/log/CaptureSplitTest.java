package dev.jsupervisor.daemon.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The capture scanner fed the same stream cut at every byte position (and every pair of
 * positions): tokens are found wherever the cut falls, no byte is lost or duplicated, and only
 * the length of the held-back tail may depend on the cuts.
 */
class CaptureSplitTest {
    private static final String B = "<!--XSUPERVISOR:BEGIN-->";
    private static final String E = "<!--XSUPERVISOR:END-->";
    private static final String INPUT = "before <!--<!--XSUPERVISOR:BEGIN-->first" + E + "middle text, long enough"
            + B + E + "<!--XSUPERVISOR:BEGI" + B + "<!--XSUPERVISOR:BEGIN-->second" + E + "after<!--XSUPERVISOR:EN";
    private static final List<String> CAPTURED = List.of("first", "", "<!--XSUPERVISOR:BEGIN-->second");

    /** Everything the scanner released, tagged by mode, plus the mode switches. */
    private static final class Run implements CaptureScanner.Output {
        final CaptureScanner scanner = new CaptureScanner(true);
        final ByteArrayOutputStream normal = new ByteArrayOutputStream();
        final List<String> captured = new ArrayList<>();
        ByteArrayOutputStream block;

        @Override
        public void piece(byte[] data) {
            (scanner.capturing() ? block : normal).writeBytes(data);
        }

        @Override
        public void toggled(boolean capturing) {
            if (capturing) {
                block = new ByteArrayOutputStream();
            } else {
                captured.add(block.toString(StandardCharsets.ISO_8859_1));
            }
        }

        Run feed(byte[] all, int... cuts) {
            int from = 0;
            for (int cut : cuts) {
                scanner.feed(java.util.Arrays.copyOfRange(all, from, cut), this);
                from = cut;
            }
            scanner.feed(java.util.Arrays.copyOfRange(all, from, all.length), this);
            return this;
        }

        String normalPlusHeld() {
            return normal.toString(StandardCharsets.ISO_8859_1) + ChannelRecorder.text(scanner.held());
        }
    }

    private static final byte[] ALL = INPUT.getBytes(StandardCharsets.ISO_8859_1);
    private static final String NORMAL = "before <!--middle text, long enough<!--XSUPERVISOR:BEGIafter<!--XSUPERVISOR:EN";

    private static void check(Run run, String where) {
        assertEquals(CAPTURED, run.captured, where);
        assertEquals(NORMAL, run.normalPlusHeld(), where);
    }

    @Test
    void wholeInput() {
        Run run = new Run().feed(ALL);
        check(run, "whole");
        // 23 bytes after the last END: not more than the BEGIN token's 24, so all of it waits
        assertEquals("after<!--XSUPERVISOR:EN", ChannelRecorder.text(run.scanner.held()));
    }

    @Test
    void splitAtEveryBytePosition() {
        for (int cut = 0; cut <= ALL.length; cut++) {
            check(new Run().feed(ALL, cut), "cut " + cut);
        }
    }

    @Test
    void splitAtEveryPairOfPositions() {
        for (int a = 0; a <= ALL.length; a++) {
            for (int b = a; b <= ALL.length; b++) {
                check(new Run().feed(ALL, a, b), "cuts " + a + "," + b);
            }
        }
    }

    @Test
    void oneByteAtATime() {
        int[] cuts = new int[ALL.length - 1];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = i + 1;
        }
        Run run = new Run().feed(ALL, cuts);
        check(run, "bytewise");
        assertEquals("after<!--XSUPERVISOR:EN", ChannelRecorder.text(run.scanner.held()));
    }

    @Test
    void withoutCaptureEverythingIsReleasedAtOnce() {
        CaptureScanner off = new CaptureScanner(false);
        List<String> pieces = new ArrayList<>();
        CaptureScanner.Output out = new CaptureScanner.Output() {
            @Override
            public void piece(byte[] data) {
                pieces.add(ChannelRecorder.text(data));
            }

            @Override
            public void toggled(boolean capturing) {
                throw new AssertionError();
            }
        };
        off.feed(("x" + B).getBytes(StandardCharsets.ISO_8859_1), out);
        off.feed(new byte[0], out);
        off.feed("y".getBytes(StandardCharsets.ISO_8859_1), out);
        assertEquals(List.of("x" + B, "y"), pieces);
    }

    @Test
    void partialTokenAtEnd() {
        byte[] begin = CaptureScanner.BEGIN;
        assertEquals(4, CaptureScanner.partialTokenAtEnd("ab<!--".getBytes(StandardCharsets.US_ASCII), begin));
        assertEquals(0, CaptureScanner.partialTokenAtEnd("ab".getBytes(StandardCharsets.US_ASCII), begin));
        assertEquals(23, CaptureScanner.partialTokenAtEnd(("x" + B.substring(0, 23)).getBytes(StandardCharsets.US_ASCII), begin));
    }
}
