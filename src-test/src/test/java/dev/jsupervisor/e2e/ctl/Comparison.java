package dev.jsupervisor.e2e.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the same command line with the reference supervisorctl against one daemon and with ours
 * against another (or the same) daemon, and records whether the normalised stdout and exit code agree.
 */
final class Comparison {
    private final CtlDaemon forReference;
    private final CtlDaemon forOurs;
    private final List<String> differences = new ArrayList<>();
    private int identical;

    Comparison(CtlDaemon forReference, CtlDaemon forOurs) {
        this.forReference = forReference;
        this.forOurs = forOurs;
    }

    /** Both sides with "-c <their conf>" and these words. */
    void same(String... args) throws Exception {
        CtlRun ref = CtlRun.reference(forReference.conf, args).normalised(forReference.dir, forReference.port);
        CtlRun ours = CtlRun.ours(forOurs.conf, args).normalised(forOurs.dir, forOurs.port);
        record(String.join(" ", args), ref, ours);
    }

    /**
     * As {@link #same}, for commands whose output races the reference's own timing when two
     * daemons run the same sequence: result lines are compared as a set (the reference reports
     * deferred results in completion order) and the one-shot program's "started" and "abnormal
     * termination" count as one outcome (which one it gets depends on when it exits).
     */
    void sameIgnoringRaces(String... args) throws Exception {
        CtlRun ref = CtlRun.reference(forReference.conf, args).normalised(forReference.dir, forReference.port);
        CtlRun ours = CtlRun.ours(forOurs.conf, args).normalised(forOurs.dir, forOurs.port);
        record(String.join(" ", args), ref.raceTolerant(), ours.raceTolerant());
    }

    /** Both sides with exactly these words (the caller chooses -c / -s / -u / -p). */
    void sameRaw(List<String> refArgs, List<String> ourArgs) throws Exception {
        CtlRun ref = CtlRun.run(CtlRun.REFERENCE, refArgs).normalised(forReference.dir, forReference.port);
        CtlRun ours = CtlRun.run(CtlRun.oursPath(), ourArgs).normalised(forOurs.dir, forOurs.port);
        record(String.join(" ", refArgs), ref, ours);
    }

    private void record(String what, CtlRun ref, CtlRun ours) {
        if (ref.equals(ours)) {
            identical++;
        } else {
            differences.add("$ supervisorctl " + what + "\n--- reference ---\n" + ref.transcript()
                    + "--- ours ---\n" + ours.transcript());
        }
    }

    int identical() {
        return identical;
    }

    /** Fails with every difference at once; prints the count of identical comparisons. */
    void verify(String suite) {
        System.out.println("[ctl-differential] " + suite + ": " + identical + " identical, "
                + differences.size() + " different");
        assertEquals("", String.join("\n", differences), suite);
    }

    static Path confOf(CtlDaemon d) {
        return d.conf;
    }
}
