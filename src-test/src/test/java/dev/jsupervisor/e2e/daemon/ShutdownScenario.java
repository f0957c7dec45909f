package dev.jsupervisor.e2e.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM to supervisord: every program stopped group by group, a TERM-ignoring program killed
 * after stopwaitsecs, stopasgroup reaching grandchildren (and, without it, grandchildren surviving).
 */
abstract class ShutdownScenario extends DaemonScenario {
    @Test
    void sigtermStopsEverything() throws Exception {
        observe(sv -> {
            sv.configure("shutdown.conf").start();
            for (String name : List.of("grouped", "plain", "stubborn", "ungrouped")) {
                sv.awaitLog("success: " + name + " ");
            }
            long grouped = sv.spawnedPids("grouped").get(0);
            long ungrouped = sv.spawnedPids("ungrouped").get(0);
            Poll.until(Duration.ofSeconds(10), "grouped's two sleeps",
                    () -> ProcTable.liveInGroup(grouped).size() == 3);
            Poll.until(Duration.ofSeconds(10), "ungrouped's sleep",
                    () -> ProcTable.liveInGroup(ungrouped).size() == 2);
            int exit = sv.stop();
            boolean groupGone = Poll.within(Duration.ofSeconds(5), () -> ProcTable.liveInGroup(grouped).isEmpty());
            int ungroupedLeft = ProcTable.liveInGroup(ungrouped).size();   // killed by close()
            Transcript t = sv.transcript().from("received SIGTERM");
            return new Observed(sv.mainLog())
                    .put("shutdown", withoutRepeatedKills(t.lines()))
                    .put("first report", t.shutdownReports().subList(0, 1))
                    .put("exit code", Integer.toString(exit))
                    .put("stopasgroup left nothing", Boolean.toString(groupGone))
                    .put("survivors without stopasgroup", Integer.toString(ungroupedLeft));
        }, o -> {
            assertEquals(List.of("WARN received SIGTERM indicating exit request",
                    "WARN stopped: ungrouped (terminated by SIGTERM)",
                    "WARN killing 'stubborn' (<PID>) with SIGKILL",
                    "WARN stopped: stubborn (terminated by SIGKILL)",
                    "WARN stopped: plain (terminated by SIGTERM)",
                    "WARN stopped: grouped (terminated by SIGTERM)"), o.get("shutdown"));
            assertEquals(List.of("INFO waiting for grouped, plain, stubborn, ungrouped to die"), o.get("first report"));
            assertEquals(List.of("0"), o.get("exit code"));
            assertEquals(List.of("true"), o.get("stopasgroup left nothing"));
            assertEquals(List.of("1"), o.get("survivors without stopasgroup"));
        });
    }

    /**
     * SIGKILL is re-sent every stopwaitsecs until the child is reaped; with stopwaitsecs=1 on a
     * busy machine the reference sometimes re-sends it once before its next reap. How many times
     * is timing, not behaviour, so a repeat of the line just before it is left out.
     */
    private static List<String> withoutRepeatedKills(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            boolean repeatKill = line.contains(" with SIGKILL") && !out.isEmpty() && out.get(out.size() - 1).equals(line);
            if (!repeatKill) {
                out.add(line);
            }
        }
        return out;
    }
}
