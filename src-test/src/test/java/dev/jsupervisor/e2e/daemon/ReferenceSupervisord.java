package dev.jsupervisor.e2e.daemon;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Supervisor 4.2.5 itself: the Debian package's /usr/bin/supervisord under /usr/bin/python3. */
final class ReferenceSupervisord extends Supervisord {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path SCRIPT = Path.of("/usr/bin/supervisord");

    ReferenceSupervisord(Path dir) {
        super(dir);
        assumeTrue(Files.isExecutable(PYTHON) && Files.isRegularFile(SCRIPT),
                "the reference Supervisor 4.2.5 is not installed (" + SCRIPT + ")");
    }

    @Override
    String name() {
        return "reference";
    }

    @Override
    List<String> launcher() {
        return List.of(PYTHON.toString(), SCRIPT.toString());
    }
}
