package dev.jsupervisor.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PidproxyMainTest {
    /** Captured from /usr/bin/pidproxy 4.2.5 run with no arguments (argv0 substituted). */
    private static final String REFERENCE_USAGE =
            "pidproxy -- run command and proxy signals to it via its pidfile.\n\n"
            + "This executable runs a command and then monitors a pidfile.  When this\n"
            + "executable receives a signal, it sends the same signal to the pid\n"
            + "in the pidfile.\n\n"
            + "Usage: /usr/bin/pidproxy <pidfile name> <command> [<cmdarg1> ...]\n\n";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PidproxyMain.run(List.of(args), "/usr/bin/pidproxy",
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void noArgumentsPrintsTheUsageToStdoutAndExitsOne() {
        assertEquals(1, run());
        assertEquals(REFERENCE_USAGE, out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void onlyAPidfileIsStillTooFew() {
        assertEquals(1, run("/tmp/x.pid"));
        assertEquals(REFERENCE_USAGE, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void usageNamesTheProgramAsInvoked() {
        assertTrue(PidproxyMain.usage("bin/pidproxy")
                .contains("Usage: bin/pidproxy <pidfile name> <command>"));
    }
}
