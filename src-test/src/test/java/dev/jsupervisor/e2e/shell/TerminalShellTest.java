package dev.jsupervisor.e2e.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shell on a terminal (tmux): the same keys typed into Debian's supervisorctl and ours,
 * and the panes compared after masking pids and uptimes — prompt, Tab completion (readline's
 * insert / bell / list rules and layout), history (arrow keys and history_file), Ctrl-D,
 * Ctrl-C, tail -f, the login after a 401 with a password that is not echoed.
 */
class TerminalShellTest {
    private static ShellDaemon daemon;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(ShellDaemon.REFERENCE)), "reference supervisord not installed");
        assumeTrue(Tmux.available(), "tmux not installed");
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

    /** One typing step: keys, then how many prompts the pane must show before the next step. */
    private record Step(int prompts, String... keys) {}

    /** The prompt as capture-pane shows it (trailing blanks are not captured). */
    private static final String PROMPT = "supervisor>";

    private String session(String program, String conf, List<Step> steps) throws Exception {
        return session(program, conf, PROMPT, steps);
    }

    private String session(String program, String conf, String firstPrompt, List<Step> steps) throws Exception {
        try (Tmux tmux = new Tmux()) {
            tmux.start(program + " -c " + conf);
            assertTrue(tmux.await(firstPrompt, 1, 20_000), program + " shows no prompt:\n" + tmux.pane());
            for (Step step : steps) {
                tmux.keys(step.keys());
                if (step.prompts() > 0) {
                    tmux.await(PROMPT, step.prompts(), 10_000);
                }
            }
            tmux.await("EXIT=", 1, 10_000);
            return ShellRun.normalised(tmux.pane(), daemon);
        }
    }

    private void samePanes(String conf, List<Step> steps) throws Exception {
        samePanes(conf, PROMPT, steps);
    }

    private void samePanes(String conf, String firstPrompt, List<Step> steps) throws Exception {
        String ref = session(ShellRun.REFERENCE, conf, firstPrompt, steps);
        String ours = session(ShellRun.ours(), conf, firstPrompt, steps);
        assertEquals(ref, ours);
    }

    @Test
    void completionHistoryAndEndOfInput() throws Exception {
        Files.deleteIfExists(daemon.history());
        List<Step> steps = new ArrayList<>(List.of(
                new Step(0, "vers", "Tab"), new Step(2, "Enter"),
                new Step(0, "s", "Tab"), new Step(3, "Tab"),
                new Step(0, "C-u", "start ", "Tab"), new Step(4, "Tab"),
                new Step(0, "g", "Tab"), new Step(0, "Tab"),
                new Step(0, "C-u", "stop sl", "Tab"), new Step(0, "Tab"), new Step(5, "Tab"),
                new Step(0, "C-u", "hel", "Tab"), new Step(0, "st", "Tab"),
                new Step(0, "C-u", "add ", "Tab"), new Step(6, "Tab"),
                new Step(0, "C-u", "foo ", "Tab"), new Step(0, "Tab"),
                new Step(0, "C-u", "C-p", "C-p"), new Step(7, "Enter"),
                new Step(0, "abc", "C-d"), new Step(0, "C-u", "C-d")));
        String ref = session(ShellRun.REFERENCE, daemon.conf.toString(), steps);
        String refHistory = Files.readString(daemon.history());
        Files.delete(daemon.history());
        String ours = session(ShellRun.ours(), daemon.conf.toString(), steps);
        assertEquals(ref, ours);
        assertEquals(refHistory, Files.readString(daemon.history()));
    }

    @Test
    void historyFileIsLoadedAtStart() throws Exception {
        List<Step> steps = List.of(new Step(0, "Up", "Up"), new Step(2, "Enter"), new Step(0, "C-d"));
        Files.writeString(daemon.history(), "pid\nversion\n");
        String ref = session(ShellRun.REFERENCE, daemon.conf.toString(), steps);
        Files.writeString(daemon.history(), "pid\nversion\n");
        String ours = session(ShellRun.ours(), daemon.conf.toString(), steps);
        assertEquals(ref, ours);
        assertTrue(ours.contains("supervisor> pid\n"), ours);
    }

    @Test
    void ctrlCAtThePromptEndsTheShell() throws Exception {
        samePanes(daemon.conf.toString(), List.of(new Step(0, "status ca"), new Step(0, "C-c")));
    }

    @Test
    void ctrlCEndsTailFollowAndTheShellGoesOn() throws Exception {
        samePanes(daemon.conf.toString(), List.of(new Step(0, "tail -f quick", "Enter"), new Step(2, "C-c"),
                new Step(3, "version", "Enter"), new Step(0, "C-d")));
    }

    @Test
    void loginAfter401DoesNotEchoThePassword() throws Exception {
        samePanes(daemon.inetConf.toString(), "Username:", List.of(new Step(0, "user", "Enter"), new Step(1, "123", "Enter"),
                new Step(2, "version", "Enter"), new Step(0, "C-d")));
    }
}
