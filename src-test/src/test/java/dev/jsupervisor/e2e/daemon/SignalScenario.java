package dev.jsupervisor.e2e.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SIGHUP (restart in place with a re-read config) and SIGUSR2 (reopen logs after a rename). */
abstract class SignalScenario extends DaemonScenario {
    @Test
    void sighupRestartsWithTheNewConfig() throws Exception {
        observe(sv -> {
            sv.configure("reload-before.conf").start();
            sv.awaitLog("success: first ");
            long before = sv.spawnedPids("first").get(0);
            sv.configure("reload-after.conf");
            sv.signal("HUP");
            sv.awaitLog("success: first ", 2);
            sv.awaitLog("success: second ");
            long after = sv.spawnedPids("first").get(1);
            long daemonStarts = sv.mainLog().lines()
                    .filter(l -> l.endsWith("supervisord started with pid " + sv.pid())).count();
            boolean oldGone = !ProcTable.alive(before);
            sv.stop();
            return new Observed(sv.mainLog())
                    .put("from SIGHUP", sv.transcript().from("received SIGHUP").lines())
                    .put("first got a new pid", Boolean.toString(after != before && oldGone))
                    .put("same daemon pid logged twice", Boolean.toString(daemonStarts == 2));
        }, o -> {
            assertInOrder(o.get("from SIGHUP"),
                    "WARN received SIGHUP indicating restart request",
                    "WARN stopped: first (terminated by SIGTERM)",
                    "INFO supervisord started with pid <PID>",
                    "INFO spawned: 'first' with pid <PID>",
                    "INFO spawned: 'second' with pid <PID>",
                    "WARN received SIGTERM indicating exit request",
                    "WARN stopped: second (terminated by SIGTERM)",
                    "WARN stopped: first (terminated by SIGTERM)");
            assertEquals(List.of("true"), o.get("first got a new pid"));
            assertEquals(List.of("true"), o.get("same daemon pid logged twice"));
        });
    }

    @Test
    void sigusr2ReopensRenamedLogs() throws Exception {
        observe(sv -> {
            sv.configure("reopen.conf").start();
            sv.awaitLog("success: talker ");
            Path d = sv.dir();
            Path talk = d.resolve("talk.log");
            Path oldTalk = d.resolve("talk.log.old");
            Path oldMain = d.resolve("supervisord.log.old");
            Poll.until(Poll.DEFAULT, "talker output", () -> Supervisord.read(talk).contains("tick"));
            Files.move(sv.mainLogFile(), oldMain);
            Files.move(talk, oldTalk);
            sv.signal("USR2");
            Poll.until(Poll.DEFAULT, "a new talk.log", () -> Supervisord.read(talk).contains("tick"));
            long oldSize = Files.size(oldTalk);
            Poll.until(Poll.DEFAULT, "3 ticks in the new talk.log",
                    () -> Supervisord.read(talk).split("tick", -1).length > 3);
            boolean oldStill = Files.size(oldTalk) == oldSize;
            boolean newMainLog = Files.exists(sv.mainLogFile());
            sv.stop();
            return new Observed(sv.mainLog())
                    .put("old main log", Transcript.parse(Supervisord.read(oldMain), d).from("SIGUSR2").lines())
                    .put("new main log", sv.transcript().lines())
                    .put("new main log created at reopen", Boolean.toString(newMainLog))
                    .put("renamed talk.log no longer written", Boolean.toString(oldStill));
        }, o -> {
            assertEquals(List.of("INFO received SIGUSR2 indicating log reopen request",
                    "INFO supervisord logreopen"), o.get("old main log"));
            assertEquals(List.of("WARN received SIGTERM indicating exit request",
                    "WARN stopped: talker (terminated by SIGTERM)"), o.get("new main log"));
            assertEquals(List.of("true"), o.get("new main log created at reopen"));
            assertEquals(List.of("true"), o.get("renamed talk.log no longer written"));
        });
    }
}
