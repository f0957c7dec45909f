package dev.jsupervisor.ctl;

import dev.jsupervisor.config.launch.Invocation;
import dev.jsupervisor.config.launch.Console;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.config.value.InMemoryAccounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisorctlMainTest {
    private static final String ARGV0 = "/opt/js/bin/supervisorctl";

    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** argv0 lives in a directory without an etc/, and the cwd is the empty temp dir. */
    private int run(String... args) {
        Invocation invocation = new Invocation(dir.resolve("bin/supervisorctl").toString(), Map.of("HOME", "/home/u"),
                dir.toString(), "node1", 1000, new InMemoryAccounts());
        return SupervisorctlMain.run(List.of(args), invocation, new Console(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    private String forHelp() { return "For help, use " + dir.resolve("bin/supervisorctl") + " -h\n"; }

    @Test
    void helpListsEveryOption() {
        for (String flag : List.of("-h", "-?", "--help")) {
            out.reset();
            assertEquals(0, run(flag, "status"));
            assertTrue(out().contains(" [options] [action [arguments]]\n"), out());
            for (String option : List.of("-c/--configuration FILENAME", "-h/--help", "-i/--interactive",
                    "-s/--serverurl URL", "-u/--username USERNAME", "-p/--password PASSWORD",
                    "-r/--history_file FILENAME")) {
                assertTrue(out().contains("\n" + option + " -- "), option);
            }
            assertEquals("", err());
        }
    }

    @Test
    void usageErrorIsTwoLinesAndExitTwo() {
        assertEquals(2, run("--history-file", "x"));
        assertEquals("Error: option --history-file not recognized\n" + forHelp(), err());
    }

    @Test
    void badServerUrlIsAUsageError() {
        assertEquals(2, run("-s", "foo"));
        assertEquals("Error: invalid value for -s 'foo': value 'foo' is not a URL\n" + forHelp(), err());
    }

    @Test
    void fileWithoutSupervisorctlSectionIsAnError() throws IOException {
        Files.writeString(dir.resolve("c.conf"), "[supervisord]\n");
        assertEquals(2, run("-c", "c.conf", "status"));
        assertEquals("Error: .ini file does not include supervisorctl section\n" + forHelp(), err());
    }

    @Test
    void noConfigFileAtAllIsFine() {
        assertEquals(4, run("-s", "http://127.0.0.1:1", "status"));
        assertEquals("", err());
        assertEquals("http://127.0.0.1:1 refused connection\n", out());
    }

    @Test
    void unparseableFileIsOneLineWhereTheReferenceCrashes() throws IOException {
        Files.writeString(dir.resolve("c.conf"), "serverurl=x\n[supervisorctl]\n");
        assertEquals(1, run("-c", "c.conf"));
        assertEquals(1, err().split("\n").length, err());
        assertTrue(err().startsWith("Error: MissingSectionHeaderError: File contains no section headers. "), err());
    }
}
