package dev.jsupervisor.e2e.pairs;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a scenario's steps with one pairing's supervisorctl against one daemon; returns the normalised transcript. */
final class ScenarioRunner {
    private ScenarioRunner() {}

    static String run(Scenario scenario, Pairing pairing, PairDaemon daemon) throws Exception {
        StringBuilder transcript = new StringBuilder();
        for (Step step : scenario.steps()) {
            if (step instanceof Step.Command c) {
                transcript.append(command(pairing.ctl(), daemon, c));
            } else if (step instanceof Step.AwaitState a) {
                Waits.until(60, a.process() + " " + a.state() + " in " + pairing,
                        () -> daemon.state(a.process()).equals(a.state()));
            } else if (step instanceof Step.Settle) {
                Waits.until(60, "settled processes in " + pairing, daemon::settled);
            } else if (step instanceof Step.EditConfig e) {
                daemon.editConfig(e.edit());
            } else if (step instanceof Step.AwaitExit) {
                if (!daemon.awaitExit(30)) {
                    throw new AssertionError(pairing + ": daemon still running 30 s after shutdown");
                }
            }
        }
        return transcript.toString();
    }

    private static String command(Impl ctl, PairDaemon daemon, Step.Command c) throws Exception {
        String expanded = c.line().replace("{INET}", daemon.inetUrl()).replace("{UNIX}", daemon.unixUrl());
        List<String> args = new ArrayList<>(List.of(ctl.ctl(), "-c", daemon.conf.toString()));
        args.addAll(List.of(expanded.split(" ")));
        Result r = exec(args);
        String out = Normaliser.normalise(r.stdout(), daemon);
        if (c.sorted()) {
            out = Normaliser.sortedLines(out) + "\n(lines sorted)\n";
        }
        return "$ supervisorctl " + c.line() + "\nexit " + r.exitCode() + "\n" + out;
    }

    record Result(int exitCode, String stdout) {}

    static Result exec(List<String> command) throws Exception {
        Path out = Files.createTempFile("pairs-ctl", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectInput(new File("/dev/null"))
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
