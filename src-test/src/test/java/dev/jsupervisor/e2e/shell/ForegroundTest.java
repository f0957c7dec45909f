package dev.jsupervisor.e2e.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jsupervisor.e2e.shell.ShellRun.Feed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * fg against the reference daemon: the log streams arrive, typed lines reach the process's
 * stdin, end of input detaches, and a process that died is noticed after the next line. The
 * streamed part depends on timing, so both clients are checked for the same landmarks rather
 * than byte for byte. The reference lingers up to 30 s after leaving fg (its streaming thread
 * sits in a select with asyncore's 30 s timeout), so it is run in one case only; the other
 * checks ours against the reference's texts ("Process got killed", "Exiting foreground").
 */
class ForegroundTest {
    private static final String BANNER = "supervisor> ==> Press Ctrl-C to exit <==\n";

    @Test
    void typedLinesReachTheProcessAndItsOutputComesBack() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(ShellDaemon.REFERENCE)), "reference supervisord not installed");
        try (ShellDaemon daemon = new ShellDaemon()) {
            daemon.awaitSettled();
            for (String program : List.of(ShellRun.REFERENCE, ShellRun.ours())) {
                String word = program.equals(ShellRun.REFERENCE) ? "reference" : "ours";
                ShellRun run = ShellRun.run(program, List.of(new Feed("fg echoer\n", 0), new Feed(word + "\n", 2000),
                        new Feed("", 2000)), "-c", daemon.conf.toString());
                String out = run.stdout();
                assertTrue(out.contains(BANNER), program + ":\n" + out);
                assertTrue(out.contains("got " + word + "\n") && out.contains("err " + word + "\n"), program + ":\n" + out);
                assertTrue(out.endsWith("Exiting foreground\nsupervisor> \n"), program + ":\n" + out);
                assertEquals(0, run.exitCode());
            }
        }
    }

    @Test
    void aProcessThatStoppedMeanwhileEndsTheSession() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(ShellDaemon.REFERENCE)), "reference supervisord not installed");
        try (ShellDaemon daemon = new ShellDaemon()) {
            daemon.awaitSettled();
            String conf = daemon.conf.toString();
            for (String program : List.of(ShellRun.ours())) {
                Thread stopper = new Thread(() -> {
                    try {
                        Thread.sleep(1500);
                        ShellRun.run(ShellRun.REFERENCE, "", "-c", conf, "stop", "cat");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                stopper.start();
                ShellRun run = ShellRun.run(program, List.of(new Feed("fg cat\n", 0), new Feed("x\n", 3500)), "-c", conf);
                stopper.join();
                assertTrue(run.stdout().endsWith("Process got killed\nExiting foreground\nsupervisor> \n"),
                        program + ":\n" + run.stdout());
                ShellRun.run(ShellRun.REFERENCE, "", "-c", conf, "start", "cat");
            }
        }
    }
}
