package dev.jsupervisor.daemon.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loop as a real foreground daemon: pidfile, reaping, SIGHUP with a broken config, SIGUSR2. */
class ForegroundDaemonTest {
    @TempDir Path dir;

    @Test
    void pidfileHoldsThePidAndGoesAwayAtExit() throws Exception {
        try (DaemonProcess d = new DaemonProcess(dir)) {
            Process p = d.configure("[program:a]\ncommand=/bin/sleep 1000\n").start(List.of(), "-n", "-c",
                    d.config().toString());
            d.awaitLog("success: a ");
            assertEquals(p.pid() + "\n", Files.readString(d.pidfile()));
            assertTrue(d.log().contains("supervisord started with pid " + p.pid()));
            DaemonProcess.signal(p.pid(), "TERM");
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue());
            assertFalse(Files.exists(d.pidfile()), "pidfile removed at exit");
            assertTrue(d.log().contains("WARN stopped: a (terminated by SIGTERM)"));
        }
    }

    @Test
    void sighupWithABrokenConfigKeepsEverythingRunning() throws Exception {
        try (DaemonProcess d = new DaemonProcess(dir)) {
            Process p = d.configure("[program:a]\ncommand=/bin/sleep 1000\n").start(List.of(), "-n", "-c",
                    d.config().toString());
            d.awaitLog("success: a ");
            long child = d.spawnedPids().get(0);
            Files.writeString(d.config(), "[program:a]\ncommand=/bin/sleep 1000\n");   // no [supervisord]
            DaemonProcess.signal(p.pid(), "HUP");
            d.awaitLog("not restarting: the configuration cannot be loaded");
            Thread.sleep(500);
            assertTrue(DaemonProcess.alive(child), "the program still runs");
            assertFalse(d.log().contains("stopped: a"), d.log());
            assertTrue(d.log().contains("CRIT not restarting: the configuration cannot be loaded, so everything"
                    + " keeps running as it is: .ini file does not include supervisord section"), d.log());
            d.configure("[program:b]\ncommand=/bin/sleep 1000\n");
            DaemonProcess.signal(p.pid(), "HUP");
            d.awaitLog("success: b ");
            assertFalse(DaemonProcess.alive(child), "a restart stops the old programs");
            assertEquals(2, d.log().split("supervisord started with pid " + p.pid(), -1).length - 1);
        }
    }

    @Test
    void sigusr2ReopensTheMainLogAfterARename() throws Exception {
        try (DaemonProcess d = new DaemonProcess(dir)) {
            Process p = d.configure("").start(List.of(), "-n", "-c", d.config().toString());
            d.awaitLog("supervisord started with pid");
            Path old = dir.resolve("old.log");
            Files.move(d.mainLog(), old);
            DaemonProcess.signal(p.pid(), "USR2");
            DaemonProcess.await(() -> DaemonProcess.read(old).contains("supervisord logreopen"), "logreopen");
            DaemonProcess.signal(p.pid(), "TERM");
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));
            assertTrue(DaemonProcess.read(old).contains("INFO received SIGUSR2 indicating log reopen request"));
            assertTrue(d.log().contains("WARN received SIGTERM indicating exit request"), d.log());
        }
    }

    /** As PID 1 of a pid namespace the daemon adopts orphans; they are reaped and logged. */
    @Test
    void orphansAreReapedAndLoggedWhenWeArePidOne() throws Exception {
        assumeTrue(unshareWorks(), "needs unshare --pid (root)");
        try (DaemonProcess d = new DaemonProcess(dir)) {
            // the program's own child outlives it, is re-parented to PID 1 (us) and exits 7
            Process p = d.configure("[program:parent]\ncommand=/bin/sh -c '(sleep 0.5; exit 7) & exit 0'\n"
                    + "startsecs=0\nautorestart=false\n")
                    .start(List.of("unshare", "--pid", "--fork", "--kill-child"), "-n", "-c", d.config().toString());
            d.awaitLog("reaped unknown pid ");
            assertTrue(d.log().matches("(?s).*INFO reaped unknown pid \\d+ \\(exit status 7\\).*"), d.log());
            assertTrue(d.log().contains("supervisord started with pid 1\n"), d.log());
            p.destroyForcibly();                     // --kill-child takes the daemon along
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        }
    }

    private static boolean unshareWorks() throws Exception {
        try {
            Process p = new ProcessBuilder("unshare", "--pid", "--fork", "true").start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
