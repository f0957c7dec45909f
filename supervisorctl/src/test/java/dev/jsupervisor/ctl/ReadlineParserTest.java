package dev.jsupervisor.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

/** Lines are never refused (no quoting rules) and the word is readline's: delimiter to cursor. */
class ReadlineParserTest {
    private final ReadlineParser parser = new ReadlineParser();

    @Test
    void wordEndsAtTheCursor() {
        ParsedLine line = parser.parse("stop sleeper:sl other", 15, ParseContext.COMPLETE);
        assertEquals("sleeper:sl", line.word());
        assertEquals(10, line.wordCursor());
        assertEquals(1, line.wordIndex());
        assertEquals("stop sleeper:sl other", line.line());
    }

    @Test
    void unbalancedQuotesAndBackslashesAreAcceptedAsTyped() {
        ParsedLine line = parser.parse("tail \"foo\\", 10, ParseContext.ACCEPT_LINE);
        assertEquals("tail \"foo\\", line.line());
        assertEquals("", line.word());
    }
}
