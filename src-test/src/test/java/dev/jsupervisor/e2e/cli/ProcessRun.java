package dev.jsupervisor.e2e.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command with exactly the given environment and working directory, stdin from
 * /dev/null, output through files. Whatever happens, the process and anything it started that
 * is still its descendant are killed by pid before this returns.
 */
final class ProcessRun {
    /** Long enough for a cold JVM on a loaded machine; the reference needs about 0.1 s. */
    static final long TIMEOUT_SECONDS = 30;

    private ProcessRun() {}

    static Outcome run(Path cwd, Map<String, String> env, List<String> command) {
        Path scratch = scratchDir();
        try {
            return runIn(scratch, cwd, env, command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static Outcome runIn(Path scratch, Path cwd, Map<String, String> env, List<String> command)
            throws IOException, InterruptedException {
        Path out = scratch.resolve("stdout");
        Path err = scratch.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                .directory(cwd.toFile())
                .redirectInput(new File("/dev/null"))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("still running after " + TIMEOUT_SECONDS + " s (killed): " + command);
            }
        } finally {
            kill(process.toHandle());
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return new Outcome(process.exitValue(), read(out), read(err), millis);
    }

    /** Kills {@code handle}'s descendants, then the process itself, and waits for it to go. */
    static void kill(ProcessHandle handle) {
        handle.descendants().forEach(ProcessHandle::destroyForcibly);
        handle.destroyForcibly();
        handle.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> handle).join();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Path scratchDir() {
        try {
            return Files.createTempDirectory("cli-run");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a leftover temp file is harmless
        }
    }
}
