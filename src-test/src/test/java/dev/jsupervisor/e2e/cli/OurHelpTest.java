package dev.jsupervisor.e2e.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our -h texts are our own words, so they are not compared byte for byte; but they must exit 0,
 * print to stdout only, name the program as invoked, and list exactly the reference's options
 * (flags, order and metavariables) with one deliberate fix for supervisorctl's history option.
 */
class OurHelpTest {
    @TempDir Path dir;

    @Test
    void supervisordHelpListsTheReferenceOptions() {
        for (String flag : List.of("-h", "-?", "--help")) {
            Outcome ours = help(Program.SUPERVISORD, Program.SUPERVISORD.ours(), flag);
            assertEquals(0, ours.exitCode());
            assertEquals("", ours.stderr());
            assertTrue(ours.stdout().contains("Usage: " + Outcome.ARGV0 + " [options]\n"), ours.stdout());
            assertEquals(referenceOptions(Program.SUPERVISORD), optionColumn(ours.stdout()));
        }
    }

    @Test
    void supervisorctlHelpListsTheReferenceOptions() {
        Outcome ours = help(Program.SUPERVISORCTL, Program.SUPERVISORCTL.ours(), "-h");
        assertEquals(0, ours.exitCode());
        assertEquals("", ours.stderr());
        assertTrue(ours.stdout().contains("Usage: " + Outcome.ARGV0 + " [options] [action [arguments]]\n"));
        List<String> expected = new ArrayList<>(referenceOptions(Program.SUPERVISORCTL));
        // The reference advertises "-r/--history-file" but only accepts --history_file (with a value).
        expected.set(expected.indexOf("-r/--history-file"), "-r/--history_file FILENAME");
        assertEquals(expected, optionColumn(ours.stdout()));
    }

    private List<String> referenceOptions(Program program) {
        Path reference = program.reference();
        assumeTrue(Files.isExecutable(reference), "no reference " + reference);
        // -h acts before -c is even looked at; -c keeps the safety rule "never without -c".
        Outcome outcome = help(program, reference, "-h");
        assertEquals(0, outcome.exitCode());
        return optionColumn(outcome.stdout());
    }

    private Outcome help(Program program, Path executable, String flag) {
        CliCase c = new CliCase("help", program, dir, Map.of("PATH", "/usr/local/bin:/usr/bin:/bin",
                "LANG", "C.UTF-8"), List.of(flag, "-c", BadCommandLines.MISSING), false);
        return Differential.runSide(c, executable);
    }

    /** "-c/--configuration FILENAME" for every option line ("-x... -- text"), in order. */
    static List<String> optionColumn(String help) {
        List<String> options = new ArrayList<>();
        for (String line : help.split("\n")) {
            int dashes = line.indexOf(" -- ");
            if (line.startsWith("-") && dashes > 0) {
                options.add(line.substring(0, dashes).strip());
            }
        }
        return options;
    }
}
