package dev.jsupervisor.e2e.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** autorestart=true restarts after every exit; autorestart=unexpected only after unexpected codes. */
abstract class AutorestartScenario extends DaemonScenario {
    /** spawned, success, exited twice, then the third spawn: what happens before the stop is cut off. */
    private static final int CYCLE_PREFIX = 7;

    @Test
    void restartsAccordingToAutorestart() throws Exception {
        observe(sv -> {
            sv.configure("autorestart.conf").start();
            sv.awaitLog("spawned: 'always' ", 3);
            sv.awaitLog("spawned: 'unexpected' ", 3);
            sv.awaitLog("exited: expected ");
            sv.stop();
            Transcript t = sv.transcript();
            return new Observed(sv.mainLog())
                    .put("always", t.forProcess("always").subList(0, CYCLE_PREFIX))
                    .put("unexpected", t.forProcess("unexpected").subList(0, CYCLE_PREFIX))
                    .put("expected", t.forProcess("expected"));
        }, o -> {
            String success = " entered RUNNING state, process has stayed up for > than 0 seconds (startsecs)";
            assertEquals(List.of("INFO spawned: 'always' with pid <PID>", "INFO success: always" + success,
                    "INFO exited: always (exit status 0; expected)", "INFO spawned: 'always' with pid <PID>",
                    "INFO success: always" + success, "INFO exited: always (exit status 0; expected)",
                    "INFO spawned: 'always' with pid <PID>"), o.get("always"));
            assertEquals("WARN exited: unexpected (exit status 3; not expected)", o.get("unexpected").get(2));
            assertEquals(List.of("INFO spawned: 'expected' with pid <PID>", "INFO success: expected" + success,
                    "INFO exited: expected (exit status 0; expected)"), o.get("expected"));
        });
    }
}
