package dev.jsupervisor.e2e.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The environment a child sees (section 1.6). Each program runs env and ends with a marker line. */
abstract class EnvironmentScenario extends DaemonScenario {
    private static final List<String> RELEVANT = List.of("SUPERVISOR_", "GLOBAL_ONLY=", "SHARED=", "PROG_ONLY=",
            "INHERITED=");

    @Test
    void childSeesSupervisorVariablesAndMergedEnvironment() throws Exception {
        observe(sv -> {
            sv.configure("environment.conf", Map.of("SUPERVISORD_EXTRA",
                    "environment=GLOBAL_ONLY=\"from-global\",SHARED=\"from-global\""));
            sv.environment("INHERITED", "from-daemon").start();
            Path d = sv.dir();
            for (String file : List.of("dumper.env", "plain.env")) {
                Poll.until(Poll.DEFAULT, "END-OF-ENV in " + file,
                        () -> Supervisord.read(d.resolve(file)).contains("END-OF-ENV"));
            }
            sv.awaitLog("exited: dumper ");
            sv.awaitLog("exited: plain ");
            sv.stop();
            return new Observed(sv.mainLog())
                    .put("dumper", relevant(sv, "dumper.env"))
                    .put("plain", relevant(sv, "plain.env"));
        }, o -> {
            assertEquals(List.of("GLOBAL_ONLY=from-global", "INHERITED=from-daemon", "PROG_ONLY=from-program",
                    "SHARED=from-program", "SUPERVISOR_ENABLED=1", "SUPERVISOR_GROUP_NAME=grp",
                    "SUPERVISOR_PROCESS_NAME=dumper", "SUPERVISOR_SERVER_URL=unix://<TMP>/supervisor.sock"),
                    o.get("dumper"));
            assertEquals(List.of("GLOBAL_ONLY=from-global", "INHERITED=from-daemon", "SHARED=from-global",
                    "SUPERVISOR_ENABLED=1", "SUPERVISOR_GROUP_NAME=plain", "SUPERVISOR_PROCESS_NAME=plain",
                    "SUPERVISOR_SERVER_URL=unix://<TMP>/supervisor.sock"), o.get("plain"));
        });
    }

    private static List<String> relevant(Supervisord sv, String file) {
        return ChildLogScenario.sortedLines(Supervisord.read(sv.dir().resolve(file))).stream()
                .filter(l -> RELEVANT.stream().anyMatch(l::startsWith))
                .map(l -> Transcript.normalise(l, sv.dir()))
                .toList();
    }
}
