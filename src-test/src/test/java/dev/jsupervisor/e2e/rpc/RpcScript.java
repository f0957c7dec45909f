package dev.jsupervisor.e2e.rpc;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code rpc/rpc_calls.py} under Debian's /usr/bin/python3: each step a JSON line (a call,
 * a sleep, or an await), each call answered with its HTTP status and raw body, as Python's
 * xmlrpc.client-made request got them.
 */
final class RpcScript {
    /** One call's answer: the step as written, the HTTP status and the raw body. */
    record Answer(String step, int status, String body) {}

    private RpcScript() {}

    static List<Answer> run(RpcDaemon daemon, String... steps) throws Exception {
        Path script = daemon.dir.resolve("rpc_calls.py");
        if (!Files.exists(script)) {
            try (InputStream in = RpcScript.class.getResourceAsStream("/rpc/rpc_calls.py")) {
                Files.copy(in, script);
            }
        }
        Path input = Files.writeString(Files.createTempFile(daemon.dir, "steps", ".txt"),
                String.join("\n", steps) + "\n", StandardCharsets.UTF_8);
        Path output = Files.createTempFile(daemon.dir, "answers", ".txt");
        Process p = new ProcessBuilder(RpcDaemon.PYTHON.toString(), script.toString(), daemon.socket.toString())
                .redirectInput(input.toFile()).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(new File(daemon.dir.resolve("python.err").toString())))
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("rpc_calls.py timed out on " + daemon.name);
        }
        if (p.exitValue() != 0) {
            throw new IOException("rpc_calls.py failed on " + daemon.name + ": "
                    + Files.readString(daemon.dir.resolve("python.err")));
        }
        return parse(Files.readString(output, StandardCharsets.UTF_8));
    }

    private static List<Answer> parse(String text) {
        List<Answer> answers = new ArrayList<>();
        String[] blocks = text.split("### end\n", -1);
        for (String block : blocks) {
            if (block.isEmpty()) {
                continue;
            }
            int stepEnd = block.indexOf('\n');
            int statusEnd = block.indexOf('\n', stepEnd + 1);
            String step = block.substring(4, stepEnd);
            int status = Integer.parseInt(block.substring(stepEnd + 1, statusEnd).substring("status ".length()));
            answers.add(new Answer(step, status, block.substring(statusEnd + 1)));
        }
        return answers;
    }
}
