package dev.jsupervisor.e2e.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Runs one case on our build, then (if safe) on the reference; both outcomes argv0-normalised. */
final class Differential {
    record Pair(CliCase c, Outcome ours, Outcome reference) {}

    private Differential() {}

    static Pair run(CliCase c) {
        Outcome ours = runSide(c, c.program().ours());
        ReferenceSafety.checkBeforeRunning(c, ours);
        Instant started = Instant.now();
        Outcome reference = runSide(c, c.program().reference());
        ReferenceSafety.checkAfterRunning(c, reference, started);
        return new Pair(c, ours, reference);
    }

    static Outcome runSide(CliCase c, Path program) {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(c.args());
        return ProcessRun.run(c.cwd(), c.env(), command).withArgv0Replaced(program.toString());
    }
}
