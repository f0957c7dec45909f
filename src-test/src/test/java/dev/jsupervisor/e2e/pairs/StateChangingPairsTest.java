package dev.jsupervisor.e2e.pairs;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The scenarios that change state, in all four pairings: a fresh daemon per scenario and pairing. */
class StateChangingPairsTest {
    private static PairsHarness harness;

    @BeforeAll
    static void setUp() {
        Impl.requireReference();
        harness = new PairsHarness(6, StateChangingPairsTest::run);
    }

    @AfterAll
    static void tearDown() throws InterruptedException {
        harness.close();
    }

    @TestFactory
    List<DynamicNode> stateChangingScenarios() {
        return harness.containers(ChangingScenarios.all());
    }

    private static String run(Scenario scenario, Pairing pairing) throws Exception {
        try (PairDaemon daemon = PairDaemon.start(pairing.daemon(), scenario.programs())) {
            return ScenarioRunner.run(scenario, pairing, daemon);
        }
    }
}
