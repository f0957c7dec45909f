package dev.jsupervisor.e2e.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How exits are classified (section 4.3): one-shots with startsecs=0 and autorestart=false, and
 * programs that exit too quickly and go BACKOFF -> ... -> FATAL.
 */
abstract class ExitScenario extends DaemonScenario {
    @Test
    void oneShotsEndExited() throws Exception {
        observe(sv -> {
            sv.configure("oneshot.conf").start();
            for (String name : List.of("oneshot", "instant", "three")) {
                sv.awaitLog("exited: " + name + " ");
            }
            sv.stop();
            // 'instant' exits so fast that it may be reaped in the iteration that spawned it, before
            // the STARTING -> RUNNING check: then 4.2.5 logs no success: line (a race, not a rule).
            Transcript t = sv.transcript().filter(e -> !e.message().startsWith("success: instant "));
            return new Observed(sv.mainLog()).put("per process", t.perProcess());
        }, o -> {
            List<String> lines = o.get("per process");
            assertInOrder(lines, "[oneshot]",
                    "INFO spawned: 'oneshot' with pid <PID>",
                    "INFO success: oneshot entered RUNNING state, process has stayed up for > than 0 seconds (startsecs)",
                    "INFO exited: oneshot (exit status 0; expected)",
                    "[three]",
                    "INFO spawned: 'three' with pid <PID>",
                    "WARN exited: three (exit status 3; not expected)");
            assertInOrder(lines, "[instant]", "INFO exited: instant (exit status 0; expected)", "[oneshot]");
        });
    }

    @Test
    void quickExitsBackOffThenGiveUp() throws Exception {
        observe(sv -> {
            sv.configure("backoff.conf").start();
            sv.awaitLog("gave up: failer ");
            sv.awaitLog("gave up: missing ");
            sv.stop();
            Transcript t = sv.transcript();
            return new Observed(sv.mainLog())
                    .put("failer", t.forProcess("failer"))
                    .put("missing", t.forProcess("missing"))
                    .put("spawn errors", t.matching("^spawnerr: "));
        }, o -> {
            String spawned = "INFO spawned: 'failer' with pid <PID>";
            String exited = "WARN exited: failer (exit status 1; not expected)";
            assertEquals(List.of(spawned, exited, spawned, exited, spawned, exited,
                    "INFO gave up: failer entered FATAL state, too many start retries too quickly"), o.get("failer"));
            assertEquals(List.of("INFO gave up: missing entered FATAL state, too many start retries too quickly"),
                    o.get("missing"));
            assertEquals(3, o.get("spawn errors").size(), "startretries=2 means 3 attempts");
        });
    }
}
