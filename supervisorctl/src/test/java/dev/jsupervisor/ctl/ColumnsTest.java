package dev.jsupervisor.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {
    @Test
    void theBuiltInListIsLaidOutAsTheReferences() {
        List<String> names = List.of("add", "avail", "clear", "exit", "fg", "maintail", "open", "pid", "quit",
                "reload", "remove", "reread", "restart", "shutdown", "signal", "start", "status", "stop", "tail",
                "update", "version");
        String expected = Messages.ACTION_LIST.substring(Messages.ACTION_LIST.indexOf("=\n") + 2,
                Messages.ACTION_LIST.length() - 1);
        assertEquals(expected, Columns.layout(names, Messages.HELP_WIDTH));
    }

    @Test
    void fewWordsStayOnOneRow() {
        assertEquals("bye  hello\n", Columns.layout(List.of("bye", "hello"), 79));
        assertEquals("one\n", Columns.layout(List.of("one"), 79));
    }

    @Test
    void wordsWiderThanTheLineGetOneRowEach() {
        assertEquals("aaaa\nbbbb\n", Columns.layout(List.of("aaaa", "bbbb"), 5));
    }
}
