package dev.jsupervisor.daemon.os;

/** The command cannot be run; the message is the reference's spawnerr text. */
public final class BadCommandException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadCommandException(String spawnerr) {
        super(spawnerr);
    }
}
