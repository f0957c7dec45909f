package dev.jsupervisor.e2e.rpcmore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The outside views of a daemon used by these tests: raw XML-RPC answers and log-tail streams
 * through Python's own client code (/usr/bin/python3, the interpreter the reference runs on), and
 * Debian's supervisorctl. Every output is normalised: the twin's dir, AUTO log names, pids and
 * timestamps.
 */
final class Drivers {
    static final String PYTHON = "/usr/bin/python3";
    static final String REFERENCE_CTL = "/usr/bin/supervisorctl";

    private Drivers() {}

    /** Each call a Python literal "('method', (params...))"; the answers, normalised. */
    static String rpc(Twin twin, String... calls) throws Exception {
        String input = String.join("\n", calls) + "\n";
        return normalise(twin, run(List.of(PYTHON, script("rawcalls.py"), twin.socket().toString()), input, 60));
    }

    /** GET {@code url} for {@code seconds}, appending {@code text} to {@code file} a third of the way in. */
    static String logtail(Twin twin, String url, double seconds, String file, String text) throws Exception {
        List<String> command = new ArrayList<>(List.of(PYTHON, script("logtail.py"), twin.socket().toString(), url,
                Double.toString(seconds)));
        if (file != null) {
            command.addAll(List.of(twin.file(file).toString(), text));
        }
        return normalise(twin, run(command, "", 60));
    }

    /** Debian's supervisorctl with "-c <twin's conf>": exit code and stdout. */
    static String ctl(Twin twin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(REFERENCE_CTL, "-c", twin.conf().toString()));
        command.addAll(List.of(args));
        return normalise(twin, run(command, "", 60));
    }

    static String normalise(Twin twin, String text) {
        return text.replace(twin.dir.toString(), "<DIR>")
                .replaceAll("-(stdout|stderr)---([a-z]+)-[a-z0-9_]{8}\\.log", "-$1---$2-<RANDOM>.log")
                .replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}", "<TS>")
                .replaceAll("with pid \\d+", "with pid <PID>");
    }

    /** Runs a command to its end; returns "exit N\n" and its stdout (stderr appended if any). */
    static String run(List<String> command, String input, int timeoutSeconds) throws Exception {
        Path out = Files.createTempFile("rpcmore-out", ".txt");
        Path err = Files.createTempFile("rpcmore-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            return "exit " + p.exitValue() + "\n" + Files.readString(out, StandardCharsets.UTF_8)
                    + (stderr.isEmpty() ? "" : "--- stderr ---\n" + stderr);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Starts a long-running command (tail -f) with its stdout in {@code out}. */
    static Process start(List<String> command, Path out) throws IOException {
        return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Path scripts;

    /** The driver scripts, copied out of the test resources once. */
    private static synchronized String script(String name) {
        try {
            if (scripts == null) {
                scripts = Files.createTempDirectory("rpcmore-drivers");
                scripts.toFile().deleteOnExit();
            }
            Path target = scripts.resolve(name);
            if (!Files.exists(target)) {
                try (InputStream in = Drivers.class.getResourceAsStream("/rpcmore/" + name)) {
                    Files.copy(in, target);
                }
                target.toFile().deleteOnExit();
            }
            return target.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
