package dev.jsupervisor.e2e.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs src-test/oracle/dump_config.py (the reference's own parsing) in a directory. */
final class DumpOracle {
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private DumpOracle() {}

    static boolean available() {
        return Files.isExecutable(PYTHON) && Files.isDirectory(Path.of("/usr/lib/python3/dist-packages/supervisor"));
    }

    static Path script() {
        for (Path candidate : List.of(Path.of("oracle/dump_config.py"), Path.of("src-test/oracle/dump_config.py"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IllegalStateException("cannot find oracle/dump_config.py");
    }

    /** The oracle's JSON for {@code [--ctl] config args...} run in {@code cwd} with exactly {@code env}. */
    static String run(boolean client, String config, List<String> args, Map<String, String> env, Path cwd)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script().toString()));
        if (client) {
            command.add("--ctl");
        }
        command.add(config);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
