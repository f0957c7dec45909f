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
    static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final long TIMEOUT_SECONDS = 60;
    private static final ExecutorService POOL =
            Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));

    @AfterAll
    static void shutdown() {
        POOL.shutdownNow();
    }

    @TestFactory
    Stream<DynamicTest> goldensAreCurrent() {
        assumeTrue(referenceImportable(),
                "skipped: " + PYTHON + " cannot import supervisor.options (install Debian's 'supervisor' package)");
        Map<String, String> env = Corpus.environment();
        Path oracle = Corpus.moduleDir().resolve("oracle").resolve("dump_config.py");
        // Start every oracle run up front (bounded pool), then assert case by case.
        return Corpus.cases().stream()
                .map(c -> Map.entry(c, CompletableFuture.supplyAsync(() -> runOracle(oracle, c, env), POOL)))
                .toList().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey().toString(), () -> {
                    CorpusCase c = e.getKey();
                    assertEquals(c.expected(), e.getValue().join(),
                            () -> c.name() + ": golden is stale; run src-test/oracle/regen-goldens.sh " + c.name());
                }));
    }

    static boolean referenceImportable() {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import supervisor.options")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Same invocation as regen-goldens.sh: env -i ENVIRONMENT, cwd = case dir, bare config name. */
    static String runOracle(Path oracle, CorpusCase c, Map<String, String> env) {
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), oracle.toString()));
        if (c.client()) {
            cmd.add("--ctl");
        }
        cmd.add(c.config().toString());
        cmd.addAll(c.args());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(c.dir().toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().clear();
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(c.name() + ": oracle timed out");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(c.name() + ": oracle exited " + p.exitValue());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
