package dev.jsupervisor.daemon.loop;

/**
 * Startup cannot go on. {@code usage} failures are shown like command-line errors (two lines,
 * exit 2: the reference's usage()); the others as one "Error: ..." line with exit 1.
 */
public final class StartupFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean usage;

    StartupFailure(String message, boolean usage) {
        super(message);
        this.usage = usage;
    }

    static StartupFailure usage(String message) {
        return new StartupFailure(message, true);
    }

    static StartupFailure fatal(String message) {
        return new StartupFailure(message, false);
    }

    public boolean usage() {
        return usage;
    }
}
