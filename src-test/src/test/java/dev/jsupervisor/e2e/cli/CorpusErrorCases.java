package dev.jsupervisor.e2e.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The config corpus's error cases (expected.json says "ok": false and has an "error" key) as
 * command lines: cwd = the case directory, {@code -c supervisord.conf} (or supervisorctl.conf for
 * client cases) plus the lines of the case's {@code args} file, and the corpus's fixed
 * environment. Read from the source tree, like the config corpus tests do.
 */
final class CorpusErrorCases {
    static final Path RELATIVE = Path.of("src", "test", "resources", "config-corpus");

    private CorpusErrorCases() {}

    static List<CliCase> all() {
        Map<String, String> env = environment();
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory).sorted()
                    .filter(dir -> isErrorCase(read(dir.resolve("expected.json"))))
                    .map(dir -> toCase(dir, env))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A case by directory name, whatever its expectation (used for the crash case). */
    static CliCase named(String name) {
        return toCase(root().resolve(name), environment());
    }

    /** The golden is pretty-printed JSON with one-space indentation; top-level keys are enough. */
    static boolean isErrorCase(String expectedJson) {
        return expectedJson.contains("\n \"ok\": false") && expectedJson.contains("\n \"error\": ");
    }

    private static CliCase toCase(Path dir, Map<String, String> env) {
        boolean client = Files.isRegularFile(dir.resolve("supervisorctl.conf"));
        List<String> args = new ArrayList<>(List.of("-c", client ? "supervisorctl.conf" : "supervisord.conf"));
        args.addAll(argsFile(dir.resolve("args")));
        Program program = client ? Program.SUPERVISORCTL : Program.SUPERVISORD;
        return new CliCase(dir.getFileName().toString(), program, dir, env, args, false);
    }

    /** One argument per line, verbatim; the final newline does not start another argument. */
    private static List<String> argsFile(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(read(file).split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** config-corpus/ENVIRONMENT: KEY=VALUE lines; blank lines and '#' comments skipped. */
    static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : read(root().resolve("ENVIRONMENT")).split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            env.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return env;
    }

    static Path root() {
        return moduleDir().resolve(RELATIVE);
    }

    /** The src-test module directory: surefire's basedir, else the working directory (or its src-test). */
    private static Path moduleDir() {
        List<Path> candidates = new ArrayList<>();
        String basedir = System.getProperty("basedir");
        if (basedir != null) {
            candidates.add(Path.of(basedir));
        }
        Path cwd = Path.of("").toAbsolutePath();
        candidates.add(cwd);
        candidates.add(cwd.resolve("src-test"));
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate.resolve(RELATIVE))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("cannot find " + RELATIVE + " from " + candidates);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
