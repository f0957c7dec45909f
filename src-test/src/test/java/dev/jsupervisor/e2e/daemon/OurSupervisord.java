package dev.jsupervisor.e2e.daemon;

import static org.junit.jupiter.api.Assumptions.abort;

import dev.jsupervisor.e2e.dist.Dist;
import java.nio.file.Path;
import java.util.List;

/**
 * Our build: the distribution's bin/supervisord launcher (located by {@link Dist}). The system
 * property {@code jsupervisor.e2e.ours} names another launcher instead; pointing it at the reference
 * ({@code /usr/bin/supervisord}) runs every comparison reference-vs-reference, which checks that the
 * normalised transcripts are stable (no timing leaks into them).
 */
final class OurSupervisord extends Supervisord {
    private final Path launcher;

    OurSupervisord(Path dir) {
        super(dir);
        String override = System.getProperty("jsupervisor.e2e.ours", "");
        launcher = override.isEmpty()
                ? Dist.home().resolve("bin").resolve("supervisord")      // skips the test if not built
                : Path.of(override);
    }

    @Override
    String name() {
        return "ours";
    }

    @Override
    List<String> launcher() {
        return List.of(launcher.toString());
    }

    /** Until the supervision core exists our daemon says so and exits: skip, don't fail. */
    @Override
    void exitedEarly(int exitCode, String stderr) {
        if (stderr.contains("not implemented yet")) {
            abort("our supervisord cannot run a daemon yet (exit " + exitCode + "): " + stderr.strip());
        }
        super.exitedEarly(exitCode, stderr);
    }
}
