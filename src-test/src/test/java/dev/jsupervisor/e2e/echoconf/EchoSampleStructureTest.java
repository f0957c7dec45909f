package dev.jsupervisor.e2e.echoconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.e2e.echoconf.SampleLines.Kind;
import dev.jsupervisor.e2e.echoconf.SampleLines.Line;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Textual equivalence: same sections (enabled or not), same enabled key=value lines and same
 * disabled ;key=value lines, in the same order and under the same sections. See {@link SampleLines}
 * for exactly what each kind of line is.
 */
class EchoSampleStructureTest {

    @Test
    void sectionsAndOptionsMatchTheReference() {
        List<String> reference = SampleLines.structure(SampleLines.classify(Samples.reference()));
        List<String> ours = SampleLines.structure(SampleLines.classify(Samples.ours()));
        // Joined so that a failure shows a line diff instead of two long list dumps.
        assertEquals(String.join("\n", reference), String.join("\n", ours));
    }

    @Test
    void referenceFollowsTheLineContract() {
        assertNoInvalidLines(Samples.reference());
    }

    @Test
    void oursFollowsTheLineContract() {
        assertNoInvalidLines(Samples.ours());
    }

    /** A sample is meant to teach: every option we show says what it does (the rpc factory line is self-describing). */
    @Test
    void everyOptionOfOursCarriesAnExplanation() {
        String missing = SampleLines.classify(Samples.ours()).stream()
                .filter(l -> l.isOption() && !l.section().startsWith("rpcinterface:") && !l.section().equals("include"))
                .filter(l -> l.remark() == null || l.remark().isBlank())
                .map(l -> l.number() + ": " + l.raw())
                .collect(Collectors.joining("\n"));
        assertEquals("", missing, "options without a remark");
    }

    /** Guards the extraction itself: the structure is not vacuously equal. */
    @Test
    void extractionSeesTheExpectedShape() {
        List<Line> lines = SampleLines.classify(Samples.ours());
        assertTrue(lines.stream().anyMatch(l -> l.kind() == Kind.OPTION && l.section().equals("supervisord")
                && l.key().equals("logfile") && l.value().equals("/tmp/supervisord.log")));
        assertTrue(lines.stream().anyMatch(l -> l.kind() == Kind.COMMENTED_OPTION && l.section().equals("program:theprogramname")
                && l.key().equals("stopsignal") && l.value().equals("QUIT")));
        assertTrue(lines.stream().anyMatch(l -> l.kind() == Kind.COMMENTED_SECTION && l.section().equals("inet_http_server")));
        assertEquals(4, lines.stream().filter(l -> l.kind() == Kind.SECTION).count(), "enabled sections");
    }

    private static void assertNoInvalidLines(String text) {
        String invalid = SampleLines.classify(text).stream()
                .filter(l -> l.kind() == Kind.INVALID)
                .map(l -> l.number() + ": " + l.raw())
                .collect(Collectors.joining("\n"));
        assertEquals("", invalid, "lines that are neither blank, header, option nor '; prose'");
    }
}
