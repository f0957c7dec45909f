package dev.jsupervisor.e2e.echoconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code src-test/oracle/dump_config.py}: the reference's own option parser, printing canonical JSON.
 * It must use Debian's /usr/bin/python3 (the supervisor package lives in its dist-packages), with a
 * clean environment so that ENV_* expansions are the same as what we hand to our own loader.
 */
final class ReferenceOracle {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path REFERENCE_MODULE = Path.of("/usr/lib/python3/dist-packages/supervisor/options.py");

    /** The complete environment both parsers see (mirrors `env -i PATH=/usr/bin:/bin HOME=/root`). */
    static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin", "HOME", "/root");

    private ReferenceOracle() {}

    /** Skips the calling test when the reference is not installed. */
    static void assumeAvailable() {
        assumeTrue(Files.isExecutable(PYTHON) && Files.isRegularFile(REFERENCE_MODULE),
                "reference supervisor 4.2.5 (Debian python3-supervisor) not installed");
    }

    /** {@code supervisord -c config} as the reference reads it; cwd is the config's directory. */
    static String dumpServer(Path config) {
        return run(config, false);
    }

    /** {@code supervisorctl -c config} as the reference reads it; cwd is the config's directory. */
    static String dumpClient(Path config) {
        return run(config, true);
    }

    private static String run(Path config, boolean ctl) {
        assumeAvailable();
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), script().toString()));
        if (ctl) {
            cmd.add("--ctl");
        }
        cmd.add(config.getFileName().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(config.toAbsolutePath().getParent().toFile());
        pb.environment().clear();
        pb.environment().putAll(ENV);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            // Drain stderr concurrently so a chatty parser can never block on a full pipe.
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            String out = readAll(p.getInputStream());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "oracle did not finish: " + cmd);
            assertEquals(0, p.exitValue(), () -> "oracle failed: " + cmd + "\n" + err.join());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire runs with the module directory (src-test) as cwd; also allow the reactor root. */
    private static Path script() {
        Path base = Path.of(System.getProperty("user.dir"));
        for (Path candidate : List.of(base.resolve("oracle/dump_config.py"), base.resolve("src-test/oracle/dump_config.py"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IllegalStateException("oracle/dump_config.py not found from " + base);
    }
}
