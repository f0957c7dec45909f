package dev.jsupervisor.e2e.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.util.List;

/**
 * Keeps the reference supervisord from ever starting a daemon here. It is only run when (1) its
 * command line names a config file explicitly, so it can never fall back to the system's
 * /etc/supervisor/supervisord.conf, and (2) our build, run first on the same input, refused it
 * with a usage/config error (or printed the version). Afterwards it must have exited quickly
 * with a non-zero code; if it exited 0 without being allowed to, any supervisord it forked off
 * is hunted down by pid.
 */
final class ReferenceSafety {
    /** "Quickly": the reference fails in about 0.1 s; a daemon start would not end at all. */
    static final long QUICK_MILLIS = 10_000;

    private ReferenceSafety() {}

    /** Throws (so the reference is not run) unless both preconditions hold. */
    static void checkBeforeRunning(CliCase c, Outcome ours) {
        if (c.program() != Program.SUPERVISORD) {
            return;
        }
        if (!namesConfigFile(c.args())) {
            fail("refusing to run the reference supervisord without -c: " + c);
        }
        boolean allowedZero = c.mayExitZero() && ours.exitCode() == 0;
        if (ours.exitCode() != 2 && !allowedZero) {
            fail("our supervisord accepted this input (exit " + ours.exitCode()
                    + "); not running the reference on it: " + c + "\n" + ours.stderr());
        }
    }

    /** Asserts the reference ended as an error case must; cleans up if it did not. */
    static void checkAfterRunning(CliCase c, Outcome reference, Instant started) {
        if (c.program() == Program.SUPERVISORD && reference.exitCode() == 0 && !c.mayExitZero()) {
            StrayDaemons.killStartedSince(started, c.program().reference().toString());
            fail("the reference supervisord exited 0 (it may have daemonized): " + c);
        }
        assertTrue(c.mayExitZero() || reference.exitCode() != 0, "reference exited 0: " + c);
        assertTrue(reference.millis() < QUICK_MILLIS, "reference took " + reference.millis() + " ms: " + c);
    }

    static boolean namesConfigFile(List<String> args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.startsWith("-c") || arg.startsWith("--co")) {
                return true;
            }
        }
        return false;
    }
}
