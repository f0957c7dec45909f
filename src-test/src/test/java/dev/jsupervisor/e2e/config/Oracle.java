package dev.jsupervisor.e2e.config;

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
 * Runs {@code src-test/oracle/dump_config.py}: Supervisor 4.2.5's own option parsing, printing
 * canonical JSON. It must use Debian's /usr/bin/python3 (the package lives in its dist-packages,
 * the pyenv python3 on PATH lacks it) and exactly the environment we also give our loader.
 */
public final class Oracle {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path REFERENCE_MODULE = Path.of("/usr/lib/python3/dist-packages/supervisor/options.py");
    private static final long TIMEOUT_SECONDS = 60;

    private Oracle() {}

    /** True when the reference's parser can be run here. */
    public static boolean available() {
        return Files.isExecutable(PYTHON) && Files.isRegularFile(REFERENCE_MODULE);
    }

    /** Skips the calling test when the reference is not installed (.ci/run installs it). */
    public static void assumeAvailable() {
        assumeTrue(available(), "reference Supervisor 4.2.5 not installed (Debian package 'supervisor')");
    }

    /**
     * The oracle's JSON for {@code [--ctl] config args...}, run in {@code cwd} with exactly {@code env}.
     *
     * @param config the config path as the user would type it (errors quote it as given)
     */
    public static String run(boolean client, String config, List<String> args, Map<String, String> env, Path cwd) {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script().toString()));
        if (client) {
            command.add("--ctl");
        }
        command.add(config);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            // Drain stderr concurrently so a chatty parser can never block on a full pipe.
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            String out = readAll(p.getInputStream());
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("oracle did not finish: " + command);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("oracle failed: " + command + "\n" + err.join());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The script, found from the src-test module directory (surefire's cwd) or the reactor root. */
    public static Path script() {
        Path base = Path.of(System.getProperty("user.dir"));
        for (Path candidate : List.of(base.resolve("oracle/dump_config.py"), base.resolve("src-test/oracle/dump_config.py"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IllegalStateException("oracle/dump_config.py not found from " + base);
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
