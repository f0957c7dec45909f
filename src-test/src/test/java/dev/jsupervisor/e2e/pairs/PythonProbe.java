package dev.jsupervisor.e2e.pairs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs resources/pairs/xmlrpc_probe.py under /usr/bin/python3: Python's own xmlrpc.client calls
 * each line of resources/pairs/xmlrpc_calls.tsv and prints the unmarshalled result with its types.
 */
final class PythonProbe {
    private PythonProbe() {}

    /** The calls: label, method, Python literal list of parameters (tab-separated). */
    static List<String> calls() {
        try (InputStream in = PythonProbe.class.getResourceAsStream("/pairs/xmlrpc_calls.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String label(String call) {
        return call.substring(0, call.indexOf('\t'));
    }

    /** Label -> typed result, calling over the daemon's unix socket. */
    static Map<String, String> overUnix(PairDaemon d, List<String> calls) throws Exception {
        return run(List.of(d.dir.resolve("sv.sock").toString(), "-", "-", d.dir.toString()), calls);
    }

    /** Label -> typed result over the daemon's TCP port with these credentials. */
    static Map<String, String> overInet(PairDaemon d, String user, String password, List<String> calls)
            throws Exception {
        return run(List.of(d.inetUrl(), user, password, d.dir.toString()), calls);
    }

    private static Map<String, String> run(List<String> args, List<String> calls) throws Exception {
        List<String> command = new ArrayList<>(List.of(Impl.PYTHON3.toString(), script().toString()));
        command.addAll(args);
        Path input = Files.createTempFile("probe-in", ".tsv");
        Path output = Files.createTempFile("probe-out", ".tsv");
        try {
            Files.writeString(input, String.join("\n", calls) + "\n", StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(command).redirectInput(input.toFile()).redirectOutput(output.toFile())
                    .redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the Python probe hung: " + command);
            }
            Map<String, String> results = new LinkedHashMap<>();
            for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                results.put(line.substring(0, tab), line.substring(tab + 1));
            }
            return results;
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(output);
        }
    }

    private static Path script() throws URISyntaxException {
        return Path.of(PythonProbe.class.getResource("/pairs/xmlrpc_probe.py").toURI());
    }
}
