package dev.jsupervisor.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a typed line becomes an action (Python cmd's parseline as the reference's shell uses it); no server needed. */
class DispatcherLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Controller ctl = new Controller(new PrintStream(out, true, StandardCharsets.UTF_8),
            "unix:///nonexistent/sock", null, null, true);
    private final Dispatcher dispatcher = new Dispatcher(ctl, Prompt.NONE);

    private String run(String line) {
        out.reset();
        dispatcher.onecmd(line);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void blankLinesDoNothing() {
        assertEquals("", run(""));
        assertEquals("", run(" \t "));
    }

    @Test
    void questionMarkIsHelp() {
        assertEquals(run("help status"), run("?status"));
        assertEquals(run("help"), run("?"));
    }

    @Test
    void theActionWordEndsAtTheFirstNonIdentifierCharacter() {
        assertEquals(run("help -x"), run("help-x")); // "help" with the argument "-x"
        assertEquals("*** Unknown syntax: !ls\n", run("!ls"));
        assertEquals("*** Unknown syntax: -x\n", run("  -x  "));
    }

    @Test
    void argumentsAreStripped() {
        assertEquals(run("help status"), run("   help    status   "));
    }

    @Test
    void quitExitAndEofEndTheShellWithANewline() {
        for (String line : new String[] {"quit", "exit", "EOF", "quit now"}) {
            out.reset();
            assertTrue(dispatcher.onecmd(line), line);
            assertEquals("\n", out.toString(StandardCharsets.UTF_8));
        }
        assertFalse(dispatcher.onecmd("help"));
    }

    @Test
    void anAnswerMissingAtEndOfInputIsReportedAsEofError() {
        assertEquals("error: <class 'EOFError'>, EOF when reading a line: file: "
                + "/usr/lib/python3/dist-packages/supervisor/supervisorctl.py line: 1027\n", run("reload"));
    }
}
