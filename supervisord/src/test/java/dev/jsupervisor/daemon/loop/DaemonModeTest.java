package dev.jsupervisor.daemon.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Daemon mode: the launching JVM returns once the daemon JVM is ready, or passes its failure on. */
class DaemonModeTest {
    @TempDir Path dir;

    @Test
    void returnsOnlyWhenThePidfileIsWritten() throws Exception {
        try (DaemonProcess d = new DaemonProcess(dir)) {
            Path work = Files.createDirectories(dir.resolve("work"));
            Process launcher = d.configure("directory=" + work + "\numask=077\n[program:a]\ncommand=/bin/sleep 1000\n")
                    .start(List.of(), "-c", d.config().toString());
            assertTrue(launcher.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, launcher.exitValue(), d.stderr());
            long daemon = d.pidFromFile();
            assertTrue(daemon > 0 && daemon != launcher.pid());
            assertTrue(DaemonProcess.alive(daemon));
            assertEquals(daemon, sessionOf(daemon), "the daemon leads a session of its own");
            assertEquals(work.toRealPath(), Path.of("/proc/" + daemon + "/cwd").toRealPath());
            assertTrue(d.log().contains("INFO daemonizing the supervisord process"), d.log());
            assertTrue(d.log().contains("INFO set current directory: '" + work + "'"), d.log());
            d.awaitLog("success: a ");
            DaemonProcess.signal(daemon, "TERM");
            DaemonProcess.await(() -> !DaemonProcess.alive(daemon), "the daemon to exit");
            assertFalse(Files.exists(d.pidfile()));
        }
    }

    @Test
    void aDaemonThatCannotStartReportsThroughTheLauncher() throws Exception {
        try (DaemonProcess d = new DaemonProcess(dir)) {
            // a directory where the log file should be: only opening it fails, in the daemon JVM
            Path notAFile = Files.createDirectories(dir.resolve("log-is-a-dir"));
            Process launcher = d.configure("[program:a]\ncommand=/bin/sleep 1000\n").start(List.of(), "-c",
                    d.config().toString(), "-l", notAFile.toString());
            assertTrue(launcher.waitFor(60, TimeUnit.SECONDS));
            assertEquals(1, launcher.exitValue());
            assertTrue(d.stderr().startsWith("Error: cannot create the log file " + notAFile), d.stderr());
            assertFalse(Files.exists(d.pidfile()));
            assertTrue(noDaemonRunsOn(d.config()), "nothing left running");
        }
    }

    @Test
    void aBadConfigIsRefusedBeforeAnyDaemonStarts() throws Exception {
        try (DaemonProcess d = new DaemonProcess(dir)) {
            d.configure("[program:a]\n");                         // no command=
            Process launcher = d.start(List.of(), "-c", d.config().toString());
            assertTrue(launcher.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, launcher.exitValue());
            assertTrue(d.stderr().startsWith("Error: "), d.stderr());
            assertTrue(noDaemonRunsOn(d.config()), "nothing left running");
        }
    }

    private static long sessionOf(long pid) {
        String stat = DaemonProcess.read(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[3]);                              // state ppid pgrp session
    }

    private static boolean noDaemonRunsOn(Path config) {
        return ProcessHandle.allProcesses().noneMatch(p -> p.info().commandLine()
                .map(line -> line.contains(config.toString())).orElse(false));
    }
}
