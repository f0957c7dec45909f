package dev.jsupervisor.e2e.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden expected.json is what the reference prints today: re-runs the oracle
 * (src-test/oracle/dump_config.py under Debian's /usr/bin/python3) on each case exactly like
 * regen-goldens.sh does. Skipped when the reference is not importable (CI installs it).
 */
class OracleFreshnessTest {
    private static final ExecutorService POOL =
            Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));

    @AfterAll
    static void shutdown() {
        POOL.shutdownNow();
    }

    @TestFactory
    Stream<DynamicTest> goldensAreCurrent() {
        Oracle.assumeAvailable();
        Map<String, String> env = Corpus.environment();
        // Start every oracle run up front (bounded pool), then assert case by case.
        return Corpus.cases().stream()
                .map(c -> Map.entry(c, CompletableFuture.supplyAsync(
                        () -> Oracle.run(c.client(), c.config().toString(), c.args(), env, c.dir()), POOL)))
                .toList().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey().toString(), () -> {
                    CorpusCase c = e.getKey();
                    assertEquals(c.expected(), e.getValue().join(),
                            () -> c.name() + ": golden is stale; run src-test/oracle/regen-goldens.sh " + c.name());
                }));
    }
}
