package dev.jsupervisor.e2e.pairs;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The read-only scenarios in all four pairings: one daemon per implementation for the whole
 * class, shared by both supervisorctls, started on first use (so a missing build skips only the
 * pairings that need it).
 */
class ReadOnlyPairsTest {
    private static final Map<Impl, PairDaemon> DAEMONS = new EnumMap<>(Impl.class);
    private static PairsHarness harness;

    @BeforeAll
    static void setUp() {
        Impl.requireReference();
        harness = new PairsHarness(4, ReadOnlyPairsTest::run);
    }

    @AfterAll
    static void tearDown() throws Exception {
        harness.close();
        for (PairDaemon d : DAEMONS.values()) {
            d.close();
        }
    }

    @TestFactory
    List<DynamicNode> readOnlyScenarios() {
        return harness.containers(ReadOnlyScenarios.all());
    }

    private static String run(Scenario scenario, Pairing pairing) throws Exception {
        return ScenarioRunner.run(scenario, pairing, daemon(pairing.daemon()));
    }

    private static PairDaemon daemon(Impl impl) throws Exception {
        synchronized (DAEMONS) {
            PairDaemon d = DAEMONS.get(impl);
            if (d == null) {
                d = PairDaemon.start(impl, ReadOnlyScenarios.PROGRAMS);
                DAEMONS.put(impl, d);
                PairDaemon started = d;
                Waits.until(60, impl + " daemon settled", () -> started.settled()
                        && started.state("failer").equals("FATAL") && started.state("grp:talker").equals("RUNNING"));
            }
            return d;
        }
    }
}
