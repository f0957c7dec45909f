package dev.jsupervisor.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.daemon.os.JnrNativeOs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** pidproxy's loop with real children; signals are handed in as the handlers would. */
@Timeout(30)
class PidproxyTest {
    private static final int SIGHUP = 1;
    private static final int SIGTERM = 15;
    private static final int SIGUSR1 = 10;

    @TempDir Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Kills and reaps the sleeper, so that no zombie child of this JVM meets other tests' waits. */
    @AfterEach
    void killLeftovers() throws Exception {
        Path pidfile = tmp.resolve("child.pid");
        if (!Files.exists(pidfile)) {
            return;
        }
        int pid = Integer.parseInt(Files.readString(pidfile).strip());
        JnrNativeOs os = new JnrNativeOs();
        os.kill(pid, 9);
        for (int i = 0; i < 500 && os.waitNoHang(pid).isEmpty() && ProcessHandle.of(pid).isPresent(); i++) {
            Thread.sleep(10);
        }
    }

    private Pidproxy proxy(String pidfile) {
        return new Pidproxy(new JnrNativeOs(), pidfile, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private CompletableFuture<Integer> run(Pidproxy proxy, String... command) {
        List<String> argv = List.of(command);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return proxy.run(argv.get(0), argv, List.of("PATH=/usr/bin:/bin"));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A command that writes its pid file and then sleeps, like a program that daemonizes. */
    private String[] sleeper() {
        return new String[] {"/bin/sh", "-c", "echo $$ > " + tmp.resolve("child.pid") + "; exec sleep 30"};
    }

    /** Until the shell has written its whole line (the file exists a moment before it does). */
    private void awaitPidfile() throws Exception {
        Path pidfile = tmp.resolve("child.pid");
        for (int i = 0; i < 500; i++) {
            if (Files.exists(pidfile) && Files.readString(pidfile).endsWith("\n")) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the command never wrote " + pidfile);
    }

    @Test
    void endsWithStatusZeroWhenTheCommandEnds() throws Exception {
        assertEquals(0, run(proxy("/nonexistent.pid"), "/bin/sh", "-c", "exit 3").get(10, TimeUnit.SECONDS));
    }

    @Test
    void aCommandThatCannotStartEndsAtOnceWithStatusZero() throws Exception {
        assertEquals(0, run(proxy("/nonexistent.pid"), "no-such-command-here").get(5, TimeUnit.SECONDS));
    }

    @Test
    void passesASignalOnAndEndsWhenTheCommandDies() throws Exception {
        Pidproxy proxy = proxy(tmp.resolve("child.pid").toString());
        CompletableFuture<Integer> done = run(proxy, sleeper());
        awaitPidfile();
        proxy.deliver(SIGHUP);                      // sleep dies of SIGHUP; pidproxy notices
        assertEquals(0, done.get(10, TimeUnit.SECONDS));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void termEndsPidproxyRightAfterPassingItOn() throws Exception {
        Pidproxy proxy = proxy(tmp.resolve("missing.pid").toString());
        CompletableFuture<Integer> done = run(proxy, sleeper());
        awaitPidfile();
        proxy.deliver(SIGTERM);
        assertEquals(0, done.get(10, TimeUnit.SECONDS));
        assertEquals("Can't read child pidfile " + tmp.resolve("missing.pid") + "!\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnreadablePidfileIsReportedAndPidproxyGoesOnForOtherSignals() throws Exception {
        Path pidfile = tmp.resolve("garbage.pid");
        Files.writeString(pidfile, "not a pid\n");
        Pidproxy proxy = proxy(pidfile.toString());
        CompletableFuture<Integer> done = run(proxy, "/bin/sh", "-c", "sleep 0.5");
        proxy.deliver(SIGUSR1);
        assertEquals(0, done.get(10, TimeUnit.SECONDS));
        assertEquals("Can't read child pidfile " + pidfile + "!\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFailedKillIsOneLineOnStderrAndStatusOne() throws Exception {
        Path pidfile = tmp.resolve("gone.pid");
        Files.writeString(pidfile, "999999\n");
        Pidproxy proxy = proxy(pidfile.toString());
        CompletableFuture<Integer> done = run(proxy, sleeper());
        awaitPidfile();
        proxy.deliver(SIGUSR1);
        assertEquals(1, done.get(10, TimeUnit.SECONDS));
        assertEquals("pidproxy: cannot send SIGUSR1 to pid 999999: ESRCH\n", err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).isEmpty());
    }
}
