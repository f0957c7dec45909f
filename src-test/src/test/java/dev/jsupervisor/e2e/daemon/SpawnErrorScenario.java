package dev.jsupervisor.e2e.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spawn errors detected before fork (spawnerr lines) and a failed chdir in the child (exit 127). */
abstract class SpawnErrorScenario extends DaemonScenario {
    @Test
    void spawnErrorsGoFatal() throws Exception {
        observe(sv -> {
            sv.configure("spawnerr.conf");
            Files.writeString(sv.dir().resolve("notexec.sh"), "#!/bin/sh\necho never\n");   // mode 644
            sv.start();
            for (String name : List.of("missing", "notexec", "isdir", "nodir")) {
                sv.awaitLog("gave up: " + name + " ");
            }
            sv.stop();
            return new Observed(sv.mainLog())
                    .put("per process", sv.transcript().perProcess())
                    .put("nodir stderr log", childLog(sv.dir(), "nodir-stderr---"));
        }, o -> {
            List<String> lines = o.get("per process");
            assertInOrder(lines, "[nodir]",
                    "INFO spawned: 'nodir' with pid <PID>",
                    "WARN exited: nodir (exit status 127; not expected)",
                    "INFO gave up: nodir entered FATAL state, too many start retries too quickly");
            assertInOrder(lines, "[-]",
                    "INFO spawnerr: command at '<TMP>/auto' is a directory",
                    "INFO spawnerr: can't find command '/nonexistent/prog'",
                    "INFO spawnerr: command at '<TMP>/notexec.sh' is not executable");
            assertEquals(List.of("supervisor: couldn't chdir to /nonexistent/dir: ENOENT",
                    "supervisor: child process was not spawned"), o.get("nodir stderr log"));
        });
    }

    /** The lines of the one AUTO child log in {@code dir}/auto whose name starts with {@code prefix}. */
    static List<String> childLog(Path dir, String prefix) throws Exception {
        try (var files = Files.list(dir.resolve("auto"))) {
            List<Path> found = files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
            assertEquals(1, found.size(), "AUTO logs starting " + prefix + ": " + found);
            return Files.readAllLines(found.get(0)).stream().map(l -> Transcript.normalise(l, dir)).toList();
        }
    }
}
