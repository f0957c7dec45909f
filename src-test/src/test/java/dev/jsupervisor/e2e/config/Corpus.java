package dev.jsupervisor.e2e.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The configuration conformance corpus, read from the SOURCE tree (not target/test-classes), so that
 * {@code $HERE} in the goldens is the same directory the oracle ran in.
 */
final class Corpus {
    /** Relative to the src-test module directory. */
    static final Path RELATIVE = Path.of("src", "test", "resources", "config-corpus");

    private Corpus() {}

    /** The src-test module directory: surefire's {@code basedir}, else the working directory (or its src-test). */
    static Path moduleDir() {
        String basedir = System.getProperty("basedir");
        if (basedir != null && Files.isDirectory(Path.of(basedir).resolve(RELATIVE))) {
            return Path.of(basedir).toAbsolutePath().normalize();
        }
        Path cwd = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(cwd, cwd.resolve("src-test"))) {
            if (Files.isDirectory(candidate.resolve(RELATIVE))) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("cannot find " + RELATIVE + " from basedir=" + basedir + " or " + cwd);
    }

    static Path root() {
        return moduleDir().resolve(RELATIVE);
    }

    /** Every case directory, in name order. */
    static List<CorpusCase> cases() {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory).sorted().map(CorpusCase::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The complete process environment of every run, from {@code config-corpus/ENVIRONMENT}:
     * KEY=VALUE lines, '#' comments and blank lines skipped, no quoting (same rules as regen-goldens.sh).
     */
    static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : CorpusCase.read(root().resolve("ENVIRONMENT")).split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("ENVIRONMENT: not KEY=VALUE: " + line);
            }
            env.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return Map.copyOf(env);
    }

    /** A single trailing newline is not significant (the oracle prints one; our dump may not). */
    static String canonical(String json) {
        return json.endsWith("\n") ? json.substring(0, json.length() - 1) : json;
    }
}
