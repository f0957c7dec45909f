package dev.jsupervisor.xmlrpc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Debian's /usr/bin/python3 (the reference's interpreter) as an oracle; tests skip without it. */
final class PythonOracle {
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private PythonOracle() { }

    static void assumeAvailable() {
        assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3");
    }

    /** Runs a script with the given stdin lines and returns its stdout lines. */
    static List<String> run(String script, List<String> input) throws IOException, InterruptedException {
        assumeAvailable();
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", script).redirectErrorStream(false).start();
        byte[] stdin = String.join("\n", input).concat("\n").getBytes(StandardCharsets.UTF_8);
        Thread feeder = new Thread(() -> { // a separate writer: python answers while we still feed it
            try (var out = p.getOutputStream()) {
                out.write(stdin);
            } catch (IOException ignored) {
                // python died; its exit status reports why
            }
        });
        feeder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("python failed: " + err);
        }
        return out.lines().toList();
    }

    static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length * 2);
        for (byte x : bytes) {
            b.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        }
        return b.toString();
    }

    static byte[] unhex(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
