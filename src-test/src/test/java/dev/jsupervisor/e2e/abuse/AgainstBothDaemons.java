package dev.jsupervisor.e2e.abuse;

import dev.jsupervisor.e2e.pairs.Impl;
import dev.jsupervisor.e2e.pairs.PairDaemon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * One daemon of each implementation for a whole test class, with a program reading its stdin,
 * and the health check of ours; both are stopped after the class.
 */
abstract class AgainstBothDaemons {
    static PairDaemon ours;
    static PairDaemon reference;
    static Health health;

    @BeforeAll
    static void startBoth() throws Exception {
        ours = PairDaemon.start(Impl.OURS, "[program:cat]\ncommand=/bin/cat\n");
        health = new Health(ours);
        reference = PairDaemon.start(Impl.PYTHON, "[program:cat]\ncommand=/bin/cat\n");
    }

    @AfterAll
    static void stopBoth() {
        if (ours != null) {
            ours.close();
        }
        if (reference != null) {
            reference.close();
        }
    }
}
