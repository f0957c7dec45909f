package dev.jsupervisor.e2e.ctl;

import dev.jsupervisor.e2e.dist.Dist;
import dev.jsupervisor.e2e.help.HelpLayout;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One supervisorctl run (the reference's or ours): exit code and stdout, normalised for comparison. */
record CtlRun(int exitCode, String stdout) {
    static final String REFERENCE = "/usr/bin/supervisorctl";

    static CtlRun reference(Path conf, String... args) throws Exception {
        return run(REFERENCE, withConf(conf, args));
    }

    static CtlRun ours(Path conf, String... args) throws Exception {
        return run(oursPath(), withConf(conf, args));
    }

    static String oursPath() {
        return Dist.home().resolve("bin/supervisorctl").toString();
    }

    static List<String> withConf(Path conf, String... args) {
        List<String> all = new ArrayList<>(List.of("-c", conf.toString()));
        all.addAll(List.of(args));
        return all;
    }

    static CtlRun run(String program, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(args);
        Path out = Files.createTempFile("ctl-out", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectInput(new File("/dev/null"))
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new CtlRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Masks pids, uptimes, dates, temp dirs, ports (what differs between daemons and moments) and help prose. */
    CtlRun normalised(Path dir, int port) {
        String text = HelpLayout.masked(stdout)
                .replace(dir.toString(), "<DIR>").replace(":" + port, ":<PORT>")
                .replaceAll("pid \\d+, uptime \\d+:\\d\\d:\\d\\d", "pid <PID>, uptime <UP>")
                .replaceAll("[A-Z][a-z]{2} \\d\\d \\d\\d:\\d\\d [AP]M", "<DATE>")
                .replaceAll("(?m)^\\d+$", "<N>")
                .replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}", "<TS>")
                .replaceAll("\\((pid )?\\d+\\)", "(<PID>)");
        return new CtlRun(exitCode, text);
    }

    String transcript() {
        return "exit " + exitCode + "\n" + stdout;
    }

    /** See {@link Comparison#sameIgnoringRaces}: sorted lines, one-shot outcomes unified. */
    CtlRun raceTolerant() {
        String unified = stdout.replace(ONE_SHOT + ": ERROR (abnormal termination)", ONE_SHOT + ": <started or ended>")
                .replace(ONE_SHOT + ": started", ONE_SHOT + ": <started or ended>");
        List<String> lines = new ArrayList<>(List.of(unified.split("\n")));
        lines.sort(null);
        return new CtlRun(exitCode, String.join("\n", lines));
    }

    /** The test config's program that exits at once (startsecs=0): its start result is a race. */
    private static final String ONE_SHOT = "quick";
}
