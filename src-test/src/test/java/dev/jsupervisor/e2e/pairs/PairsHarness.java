package dev.jsupervisor.e2e.pairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns scenarios into one container each with a test per pairing. The first test queues every
 * pairing of every scenario on a small pool (they are independent: their own daemon, or a shared
 * one when nothing changes state); each test then compares its normalised transcript
 * with the (Python ctl, Python daemon) baseline. Pairings with our daemon skip the scenarios in
 * {@link PendingServerMethods#KNOWN_GAPS}.
 */
final class PairsHarness implements AutoCloseable {
    /** Runs one scenario for one pairing and returns its transcript. */
    interface Runner {
        String run(Scenario scenario, Pairing pairing) throws Exception;
    }

    private static final boolean PRINT = Boolean.getBoolean("pairs.print");

    private final Runner runner;
    private final ExecutorService pool;
    private final Map<String, Map<Pairing, CompletableFuture<String>>> started = new ConcurrentHashMap<>();
    private List<Scenario> scenarios = List.of();
    private volatile boolean closing;

    PairsHarness(int parallel, Runner runner) {
        this.runner = runner;
        this.pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "pairs-runner");
            t.setDaemon(true);
            return t;
        });
    }

    List<DynamicNode> containers(List<Scenario> scenarios) {
        this.scenarios = List.copyOf(scenarios);
        List<DynamicNode> nodes = new ArrayList<>();
        for (Scenario s : scenarios) {
            List<DynamicTest> tests = new ArrayList<>();
            for (Pairing p : Pairing.ALL) {
                tests.add(DynamicTest.dynamicTest(p.toString(), () -> check(s, p)));
            }
            nodes.add(DynamicContainer.dynamicContainer(s.name(), tests));
        }
        return nodes;
    }

    /** -Dpairs.ignoreGaps=true runs the known gaps too (to see what still fails, or with jsupervisor.e2e.ours). */
    static boolean pending(Scenario s, Pairing p) {
        return p.daemon() == Impl.OURS && PendingServerMethods.KNOWN_GAPS.containsKey(s.name())
                && !Boolean.getBoolean("pairs.ignoreGaps");
    }

    private void check(Scenario s, Pairing p) throws Exception {
        if (pending(s, p)) {
            abort(PendingServerMethods.reason(s.name()));
        }
        launchAll();
        Map<Pairing, CompletableFuture<String>> runs = started.get(s.name());
        String baseline = await(runs.get(Pairing.BASELINE));
        String mine = await(runs.get(p));
        if (PRINT) {
            System.out.println("=== " + s.name() + " " + p + "\n" + mine);
        }
        save(s, p, mine);
        assertEquals(baseline, mine, s.name() + " " + p + " differs from the baseline " + Pairing.BASELINE);
    }

    /** Queues every pairing of every scenario at once: most of a run is waiting, so they overlap well. */
    private synchronized void launchAll() {
        for (Scenario s : scenarios) {
            started.computeIfAbsent(s.name(), k -> launch(s));
        }
    }

    private Map<Pairing, CompletableFuture<String>> launch(Scenario s) {
        Map<Pairing, CompletableFuture<String>> runs = new ConcurrentHashMap<>();
        for (Pairing p : Pairing.ALL) {
            if (!pending(s, p)) {
                runs.put(p, CompletableFuture.supplyAsync(() -> runQuietly(s, p), pool));
            }
        }
        return runs;
    }

    private String runQuietly(Scenario s, Pairing p) {
        if (closing) {
            throw new IllegalStateException("test class finished before " + s.name() + " " + p + " ran");
        }
        long start = System.nanoTime();
        try {
            return runner.run(s, p);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            System.out.printf("[pairs] %s %s: %.1f s%n", s.name(), p, (System.nanoTime() - start) / 1e9);
        }
    }

    private static String await(CompletableFuture<String> run) throws Exception {
        try {
            return run.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof IllegalStateException && e.getCause().getCause() != null
                    ? e.getCause().getCause() : e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw (Error) cause;
        }
    }

    /** Keeps every transcript in target/pairs-transcripts/ so that a failure can be diffed file to file. */
    private static void save(Scenario s, Pairing p, String transcript) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "pairs-transcripts"));
            String file = s.name() + "." + p.ctl().name().toLowerCase() + "-ctl." + p.daemon().name().toLowerCase()
                    + "-daemon.txt";
            Files.writeString(dir.resolve(file), transcript, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("cannot save transcript: " + e);
        }
    }

    /** Lets running scenarios finish (each closes its own daemons) and drops the queued ones. */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        pool.shutdown();
        if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
    }
}
