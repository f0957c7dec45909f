package dev.jsupervisor.e2e.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shell fed through a pipe (no terminal: prompts are written as plain text), Debian's
 * supervisorctl and ours one after the other against the same reference daemon; stdout
 * (prompts included) and the exit code must be identical byte for byte after masking pids,
 * uptimes, dates and the temp dir. Every transcript leaves the daemon as it found it.
 */
class PipedTranscriptTest {
    private static ShellDaemon daemon;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(ShellDaemon.REFERENCE)), "reference supervisord not installed");
        ShellRun.ours();
        daemon = new ShellDaemon();
        daemon.awaitSettled();
    }

    @AfterAll
    static void stop() throws Exception {
        if (daemon != null) {
            daemon.close();
        }
    }

    private final List<String> differences = new ArrayList<>();

    private void same(String stdin, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("-c", daemon.conf.toString()));
        all.addAll(List.of(args));
        sameWith(stdin, all.toArray(String[]::new));
    }

    private void sameWith(String stdin, String... args) throws Exception {
        String ref = ShellRun.run(ShellRun.REFERENCE, stdin, args).transcript(daemon);
        String ours = ShellRun.run(ShellRun.ours(), stdin, args).transcript(daemon);
        if (!ref.equals(ours)) {
            differences.add("$ printf " + stdin.replace("\n", "\\n") + " | supervisorctl " + String.join(" ", args)
                    + "\n--- reference ---\n" + ref + "--- ours ---\n" + ours);
        }
    }

    private void verify() {
        assertEquals("", String.join("\n", differences));
    }

    @Test
    void everyDayCommands() throws Exception {
        same("");
        same("status\nbogus\n\n   \nhelp\nversion\n?\n!ls\nstatus cat nosuch\npid\npid cat\nquit\nstatus\n");
        same("help\nhelp help\nhelp EOF\nhelp nosuch\n? status\nhelp fg\nexit\n");
        same("avail\nreread\ntail quick\ntail quick stderr\nstatus grp:*\n");
        same("version"); // the last line has no newline
        same("fg\nfg a b\nfg nosuch\nfg grp:manual\n");
        same("open unix://" + daemon.dir + "/sv.sock\nopen foo://x\nopen unix://" + daemon.dir + "/nosuch\nstatus\n");
        verify();
    }

    @Test
    void commandsThatChangeStateAndUndoIt() throws Exception {
        same("stop cat\nstatus cat\nstart cat\nstatus cat\n");
        same("start grp:*\nstatus grp:*\nstop grp:*\n");
        same("restart sleeper:*\n");
        verify();
    }

    /** "stop all" reports each process as it stops: the order is the daemon's, so lines are compared as sorted lists. */
    @Test
    void stopAllFromTheBrief() throws Exception {
        String[] args = {"-c", daemon.conf.toString()};
        String stdin = "status\nstop all\nstart cat echoer sleeper:*\n";
        assertEquals(sortedLines(ShellRun.run(ShellRun.REFERENCE, stdin, args).transcript(daemon)),
                sortedLines(ShellRun.run(ShellRun.ours(), stdin, args).transcript(daemon)));
    }

    /** Each prompt on a line of its own first: which result follows it depends on the order too. */
    private static List<String> sortedLines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.replace("supervisor> ", "supervisor> \n").split("\n")));
        lines.sort(null);
        return lines;
    }

    @Test
    void confirmationsAndEndOfInputInsideAQuestion() throws Exception {
        same("shutdown\nn\nreload\nno\nshutdown x\n");
        same("shutdown\n");
        same("reload\n");
        verify();
    }

    @Test
    void dashIWithAnActionRunsItOnceWithItsExitStatus() throws Exception {
        same("", "-i", "version");
        same("", "-i", "status");
        same("n\n", "-i", "shutdown");
        same("", "-i", "reload");
        same("status\n", "-i", "bogus");
        verify();
    }

    @Test
    void loginAfter401() throws Exception {
        String conf = daemon.inetConf.toString();
        sameWith("user\n123\nversion\n", "-c", conf);
        sameWith("user\nwrong\nuser\n123\n", "-c", conf, "-i", "version");
        sameWith("user\n", "-c", conf);
        sameWith("", "-c", conf);
        verify();
    }

    @Test
    void historyFileIsWrittenBackAsItWasRead() throws Exception {
        Files.writeString(daemon.history(), "status\nversion \n");
        ShellRun.run(ShellRun.REFERENCE, "help\n", "-c", daemon.conf.toString());
        String afterReference = Files.readString(daemon.history());
        Files.delete(daemon.history());
        Files.writeString(daemon.history(), "status\nversion \n");
        ShellRun.run(ShellRun.ours(), "help\n", "-c", daemon.conf.toString());
        assertEquals(afterReference, Files.readString(daemon.history()));
        Files.delete(daemon.history());
        ShellRun.run(ShellRun.ours(), "help\n", "-c", daemon.conf.toString());
        assertEquals("", Files.readString(daemon.history()), "created empty, as readline does");
    }
}
