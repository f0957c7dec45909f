package dev.jsupervisor.e2e.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.opentest4j.TestAbortedException;

/**
 * Base of every daemon scenario. A scenario is an abstract subclass whose test methods call
 * {@link #observe(Body, Facts)} once with the scenario's body; two tiny subclasses pick the
 * implementation (ReferenceXxxTest, OursXxxTest). Against the reference the observation is
 * remembered; against ours it is compared with the reference's (the reference is run on demand
 * when its variant has not run yet in this JVM). Absolute facts asserted afterwards by the
 * scenario catch harness bugs on the reference run.
 */
abstract class DaemonScenario {
    /** A scenario body: drives one daemon and reports what it saw. */
    @FunctionalInterface
    interface Body {
        Observed run(Supervisord sv) throws Exception;
    }

    /** Absolute facts about an observation, checked after the comparison. */
    @FunctionalInterface
    interface Facts {
        void check(Observed observed) throws Exception;
    }

    private static final Map<String, Observed> REFERENCE_RUNS = new ConcurrentHashMap<>();

    private String key;

    /** Which implementation this concrete class runs against. */
    protected abstract Implementation implementation();

    @BeforeEach
    final void rememberScenarioName(TestInfo info) {
        Class<?> scenario = getClass();
        while (scenario.getSuperclass() != DaemonScenario.class) {
            scenario = scenario.getSuperclass();
        }
        key = scenario.getSimpleName() + "." + info.getTestMethod().orElseThrow().getName();
    }

    /**
     * Runs {@code body} against this class's implementation (for ours, compares the observation with
     * the reference's), then checks {@code facts} on it.
     */
    protected final void observe(Body body, Facts facts) throws Exception {
        Observed mine = runOn(implementation(), body);
        if (Boolean.getBoolean("jsupervisor.e2e.daemon.print")) {     // to see what a scenario observes
            System.out.println("### " + key + " on " + implementation() + "\n" + mine.render());
        }
        if (implementation() == Implementation.REFERENCE) {
            REFERENCE_RUNS.put(key, mine);
        } else {
            Observed reference = REFERENCE_RUNS.get(key);
            if (reference == null) {
                reference = runOn(Implementation.REFERENCE, body);
                REFERENCE_RUNS.put(key, reference);
            }
            assertEquals(reference.render(), mine.render(), key + ": ours differs from the reference;"
                    + " our raw main log:\n" + mine.rawLog());
        }
        try {
            facts.check(mine);
        } catch (AssertionError e) {
            throw new AssertionError(key + " on " + implementation() + ": " + e.getMessage()
                    + "\nobserved:\n" + mine.render() + "raw main log:\n" + mine.rawLog(), e);
        }
    }

    private static Observed runOn(Implementation implementation, Body body) throws Exception {
        Path dir = Files.createTempDirectory("svd-");
        Supervisord sv = null;
        try {
            sv = implementation.create(dir);
            try (Supervisord daemon = sv) {
                return body.run(daemon);
            }
        } catch (TestAbortedException skipped) {
            throw skipped;
        } catch (Exception | AssertionError e) {
            if (sv != null) {
                System.err.println("[" + sv.name() + " in " + dir + "] main log:\n" + sv.mainLog());
            }
            throw e;
        } finally {
            deleteTree(dir);
        }
    }

    /** Asserts that {@code lines} contains {@code expected} as a subsequence (in this order). */
    static void assertInOrder(List<String> lines, String... expected) {
        int at = 0;
        for (String line : lines) {
            if (at < expected.length && line.equals(expected[at])) {
                at++;
            }
        }
        assertTrue(at == expected.length, "missing (in order) from the transcript: "
                + (at < expected.length ? expected[at] : "") + "\n" + String.join("\n", lines));
    }

    /** The names in {@code dir} (not recursive), normalised like log lines, sorted. */
    static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> Transcript.normalise(f.getFileName().toString(), dir)).sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
