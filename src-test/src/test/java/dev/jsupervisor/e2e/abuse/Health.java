package dev.jsupervisor.e2e.abuse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.e2e.pairs.PairDaemon;
import dev.jsupervisor.xmlrpc.XmlRpcClient;
import java.util.Map;

/**
 * What "still fine" means after an abuse: the daemon answers getState within a second on a fresh
 * connection, and its thread count has not grown (one event loop serves every client; a thread per
 * connection or a leaked worker would show here).
 */
final class Health {
    /** JIT and GC threads come and go a little; a thread per client would be far above this. */
    static final int THREAD_SLACK = 3;

    private final PairDaemon daemon;
    private final int threadsAtStart;

    Health(PairDaemon daemon) throws Exception {
        this.daemon = daemon;
        for (int i = 0; i < 20; i++) {
            daemon.call("supervisor.getState");     // warm up: the first calls load classes
        }
        this.threadsAtStart = daemon.threads();
        System.out.println("[abuse] our daemon has " + threadsAtStart + " threads after warm-up");
    }

    void check(String after) throws Exception {
        assertTrue(daemon.alive(), "daemon died after " + after);
        long start = System.nanoTime();
        try (XmlRpcClient fresh = new XmlRpcClient(daemon.unixUrl(), null, null)) {
            Object state = fresh.call("supervisor.getState");
            assertTrue(state instanceof Map<?, ?> m && "RUNNING".equals(m.get("statename")), after + ": " + state);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1000, "getState took " + millis + " ms after " + after);
        int threads = daemon.threads();
        assertTrue(threads <= threadsAtStart + THREAD_SLACK,
                "threads grew from " + threadsAtStart + " to " + threads + " after " + after);
    }
}
