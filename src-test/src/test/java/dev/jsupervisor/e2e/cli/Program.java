package dev.jsupervisor.e2e.cli;

import dev.jsupervisor.e2e.dist.Dist;
import java.nio.file.Path;

/** The two programs compared here, as installed reference and as our dist launcher. */
enum Program {
    SUPERVISORD("supervisord"),
    SUPERVISORCTL("supervisorctl");

    /** Where the Debian package installs the reference. */
    private static final Path REFERENCE_BIN = Path.of("/usr/bin");

    private final String tool;

    Program(String tool) {
        this.tool = tool;
    }

    Path reference() {
        return REFERENCE_BIN.resolve(tool);
    }

    /** Our launcher in the built dist (skips the calling test when the dist was not built). */
    Path ours() {
        return Dist.home().resolve("bin").resolve(tool);
    }

    String tool() {
        return tool;
    }
}
