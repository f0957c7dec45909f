package dev.jsupervisor.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell over piped input (no server: the texts that do not need one). */
class ShellTest {
    @TempDir Path dir;

    private String run(String input, String historyFile) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        String url = "unix://" + dir.resolve("nosuch.sock");
        Controller ctl = new Controller(stream, url, null, null, true);
        PlainShellInput in = new PlainShellInput(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                stream, historyFile);
        assertEquals(0, new Shell(ctl, in, "supervisor").run());
        return out.toString(StandardCharsets.UTF_8).replace(url, "URL");
    }

    @Test
    void statusFirstThenOnePromptPerLineThenANewlineAtEndOfInput() {
        assertEquals("URL no such file\nsupervisor> *** Unknown syntax: bogus\nsupervisor> supervisor> \n",
                run("bogus\n\n", null));
    }

    @Test
    void quitEndsTheShellAndTheRestIsNotRead() {
        assertEquals("URL no such file\nsupervisor> \n", run("quit\nbogus\n", null));
    }

    @Test
    void aLastLineWithoutNewlineStillRuns() {
        assertEquals("URL no such file\nsupervisor> *** No help on x\nsupervisor> \n", run("help x", null));
    }

    @Test
    void endOfInputDuringAQuestionIsReportedAsPythonsEofError() {
        String out = run("shutdown\n", null);
        assertEquals("URL no such file\nsupervisor> Really shut the remote supervisord process down y/N? "
                + "error: <class 'EOFError'>, EOF when reading a line: file: "
                + "/usr/lib/python3/dist-packages/supervisor/supervisorctl.py line: 987\nsupervisor> \n", out);
    }

    @Test
    void theHistoryFileIsWrittenBackUnchangedWithoutATerminal() throws Exception {
        Path history = dir.resolve("hist");
        Files.writeString(history, "status\nversion \n");
        run("help\n", history.toString());
        assertEquals("status\nversion \n", Files.readString(history));
    }
}
