package dev.jsupervisor.e2e.echoconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference's supervisord accepts our sample and serves supervisorctl with it. Only the /tmp paths
 * are moved into a private directory so parallel runs cannot collide on the socket or pidfile.
 */
class EchoSampleReferenceStartsTest {
    private static final Path SUPERVISORD = Path.of("/usr/bin/supervisord");
    private static final Path SUPERVISORCTL = Path.of("/usr/bin/supervisorctl");
    private static final long STARTUP_DEADLINE_MS = 30_000;

    @TempDir
    Path work;

    @Test
    void referenceSupervisordRunsOurSample() throws Exception {
        assumeTrue(Files.isExecutable(SUPERVISORD) && Files.isExecutable(SUPERVISORCTL),
                "reference supervisord/supervisorctl not installed");
        Path config = SampleVariants.write(work, SampleVariants.makeRunnable(Samples.ours(), work));
        Path console = work.resolve("console.txt");

        ProcessBuilder pb = new ProcessBuilder(SUPERVISORD.toString(), "-c", config.toString(), "-n")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(console.toFile()); // a file, not a pipe: nothing can block on unread output
        pb.environment().clear();
        pb.environment().putAll(Samples.ENV);
        Process daemon = pb.start();
        try {
            Result status = awaitStatus(config, daemon, console);
            assertTrue(status.exit == 0 || status.exit == 3, status::toString);

            Result shutdown = ctl(config, "shutdown");
            assertEquals(0, shutdown.exit, shutdown::toString);
            assertTrue(daemon.waitFor(30, TimeUnit.SECONDS), "supervisord did not exit after shutdown");
            assertEquals(0, daemon.exitValue(), () -> "supervisord exit status; console:\n" + read(console));
            // The rewritten paths were the ones used: log written, socket and pidfile cleaned up on exit.
            assertTrue(read(work.resolve("supervisord.log")).contains("supervisord started with pid"));
            assertTrue(Files.notExists(work.resolve("supervisor.sock")), "socket left behind");
            assertTrue(Files.notExists(work.resolve("supervisord.pid")), "pidfile left behind");
        } finally {
            stop(daemon);
        }
    }

    /** Polls `supervisorctl status` until the daemon answers; fails early if the daemon dies. */
    private static Result awaitStatus(Path config, Process daemon, Path console) throws Exception {
        long deadline = System.currentTimeMillis() + STARTUP_DEADLINE_MS;
        Result last = null;
        while (System.currentTimeMillis() < deadline) {
            if (!daemon.isAlive()) {
                fail("supervisord exited with " + daemon.exitValue() + "; console:\n" + read(console));
            }
            last = ctl(config, "status");
            if ((last.exit == 0 || last.exit == 3) && !last.looksLikeConnectionError()) {
                return last;
            }
            // Short back-off between polls; the loop ends as soon as the daemon answers.
            daemon.waitFor(100, TimeUnit.MILLISECONDS);
        }
        fail("supervisord never answered; last status: " + last + "\nconsole:\n" + read(console));
        return last;
    }

    private static Result ctl(Path config, String... action) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(SUPERVISORCTL.toString(), "-c", config.toString()));
        cmd.addAll(List.of(action));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(Samples.ENV);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("supervisorctl hung: " + cmd);
        }
        return new Result(p.exitValue(), out);
    }

    /** Destroys the daemon if a failure left it running: polite first, then SIGKILL by pid. */
    private static void stop(Process daemon) throws InterruptedException {
        if (!daemon.isAlive()) {
            return;
        }
        daemon.destroy();
        if (!daemon.waitFor(10, TimeUnit.SECONDS)) {
            daemon.toHandle().destroyForcibly();
            daemon.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "<missing " + file + ">";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Result(int exit, String output) {
        boolean looksLikeConnectionError() {
            String o = output.toLowerCase();
            return o.contains("error") || o.contains("refused") || o.contains("no such file");
        }
    }
}
