package dev.jsupervisor.ctl;

/**
 * Ctrl-C while the shell waits for input or runs an action. It is not an action failure: the
 * dispatcher lets it through, and whoever reads input (the shell loop, fg) decides what it means.
 */
final class KeyboardInterrupt extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** True when the line editor already moved to a new line (JLine does, readline does not). */
    final boolean newlineShown;

    KeyboardInterrupt() {
        this(false);
    }

    KeyboardInterrupt(boolean newlineShown) {
        super(null, null, false, false);
        this.newlineShown = newlineShown;
    }
}
