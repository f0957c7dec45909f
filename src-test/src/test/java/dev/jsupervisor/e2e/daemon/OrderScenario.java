package dev.jsupervisor.e2e.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Start order by priority, stop order reversed; numprocs with a process_name pattern. */
abstract class OrderScenario extends DaemonScenario {
    @Test
    void priorityOrdersStartAndReverseStop() throws Exception {
        observe(sv -> {
            sv.configure("priority.conf").start();
            sv.awaitLog("success: ", 3);
            sv.stop();
            Transcript t = sv.transcript();
            return new Observed(sv.mainLog())
                    .put("spawned", t.matching("^spawned: "))
                    .put("stopped", t.matching("^stopped: "));
        }, o -> {
            assertEquals(List.of("INFO spawned: 'charlie' with pid <PID>", "INFO spawned: 'bravo' with pid <PID>",
                    "INFO spawned: 'alpha' with pid <PID>"), o.get("spawned"));
            assertEquals(List.of("WARN stopped: alpha (terminated by SIGTERM)",
                    "WARN stopped: bravo (terminated by SIGTERM)",
                    "WARN stopped: charlie (terminated by SIGTERM)"), o.get("stopped"));
        });
    }

    @Test
    void numprocsNamesProcesses() throws Exception {
        observe(sv -> {
            sv.configure("numprocs.conf").start();
            sv.awaitLog("success: worker_", 3);
            Observed seen = new Observed(sv.mainLog()).put("auto child logs", listing(sv.dir().resolve("auto")));
            sv.stop();
            Transcript t = sv.transcript();
            // one group: its processes are stopped all at once, so only per-process order is fixed
            return seen.put("spawned", t.matching("^spawned: ")).put("per process", t.perProcess());
        }, o -> {
            assertEquals(List.of("INFO spawned: 'worker_00' with pid <PID>", "INFO spawned: 'worker_01' with pid <PID>",
                    "INFO spawned: 'worker_02' with pid <PID>"), o.get("spawned"));
            assertInOrder(o.get("per process"), "[worker_02]", "INFO spawned: 'worker_02' with pid <PID>",
                    "WARN stopped: worker_02 (terminated by SIGTERM)");
            assertEquals(6, o.get("auto child logs").size());
            assertEquals("worker_00-stderr---supervisor-<AUTO>.log", o.get("auto child logs").get(0));
        });
    }
}
