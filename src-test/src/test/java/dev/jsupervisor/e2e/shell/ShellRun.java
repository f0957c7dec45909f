package dev.jsupervisor.e2e.shell;

import dev.jsupervisor.e2e.dist.Dist;
import dev.jsupervisor.e2e.help.HelpLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One supervisorctl run with piped stdin (the reference's or ours): exit code, stdout and stderr. */
record ShellRun(int exitCode, String stdout, String stderr) {
    static final String REFERENCE = "/usr/bin/supervisorctl";

    static String ours() {
        return Dist.home().resolve("bin/supervisorctl").toString();
    }

    static ShellRun run(String program, String stdin, String... args) throws Exception {
        return run(program, List.of(new Feed(stdin, 0)), args);
    }

    /** A piece of stdin, written after waiting {@code delayMillis} (fg needs the stream to attach). */
    record Feed(String text, long delayMillis) {}

    static ShellRun run(String program, List<Feed> stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(List.of(args));
        Path out = Files.createTempFile("shell-out", ".txt");
        Path err = Files.createTempFile("shell-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try (var in = p.getOutputStream()) {
                for (Feed feed : stdin) {
                    Thread.sleep(feed.delayMillis());
                    in.write(feed.text().getBytes(StandardCharsets.UTF_8));
                    in.flush();
                }
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new ShellRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Masks what differs between two runs (pids, uptimes, dates, the temp dir, the port) and help prose. */
    static String normalised(String text, ShellDaemon daemon) {
        return HelpLayout.masked(text).replace(daemon.dir.toString(), "<DIR>").replace(":" + daemon.port, ":<PORT>")
                .replaceAll("pid \\d+, uptime \\d+:\\d\\d:\\d\\d", "pid <PID>, uptime <UP>")
                .replaceAll("[A-Z][a-z]{2} \\d\\d \\d\\d:\\d\\d [AP]M", "<DATE>")
                .replace("STOPPED   Not started", "STOPPED   <DATE>") // whichever client ran first started it
                .replaceAll("(?m)^\\d+$", "<N>")
                .replaceAll("(?m)^((?:supervisor> )*)\\d+$", "$1<N>");
    }

    String transcript(ShellDaemon daemon) {
        return "exit " + exitCode + "\n" + normalised(stdout, daemon);
    }
}
