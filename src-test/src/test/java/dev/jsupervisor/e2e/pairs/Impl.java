package dev.jsupervisor.e2e.pairs;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jsupervisor.e2e.dist.Dist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One implementation of each half: Supervisor 4.2.5 (Python) or our distribution. */
public enum Impl {
    PYTHON, OURS;

    static final Path PYTHON3 = Path.of("/usr/bin/python3");
    static final Path REFERENCE_DAEMON = Path.of("/usr/bin/supervisord");
    static final Path REFERENCE_CTL = Path.of("/usr/bin/supervisorctl");

    /** The supervisorctl command (arguments follow); skips the test when it is not installed/built. */
    String ctl() {
        if (this == PYTHON) {
            requireReference();
            return REFERENCE_CTL.toString();
        }
        return Dist.home().resolve("bin/supervisorctl").toString();
    }

    /** The supervisord command (arguments follow). */
    List<String> daemon() {
        if (this == PYTHON) {
            requireReference();
            return List.of(PYTHON3.toString(), REFERENCE_DAEMON.toString());
        }
        String override = System.getProperty("jsupervisor.e2e.ours", "");
        if (!override.isEmpty()) {
            return List.of(override);     // e.g. /usr/bin/supervisord: checks that the transcripts are stable
        }
        return List.of(Dist.home().resolve("bin/supervisord").toString());
    }

    static void requireReference() {
        assumeTrue(Files.isExecutable(PYTHON3) && Files.isRegularFile(REFERENCE_DAEMON)
                && Files.isRegularFile(REFERENCE_CTL), "the reference Supervisor 4.2.5 is not installed");
    }

    String label() {
        return this == PYTHON ? "Python" : "our";
    }
}
