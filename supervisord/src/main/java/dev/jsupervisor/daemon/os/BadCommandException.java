package dev.jsupervisor.daemon.os;

/** The command cannot be run; the message is the reference's spawnerr text. */
public final class BadCommandException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean notFound;

    public BadCommandException(String spawnerr) {
        this(spawnerr, false);
    }

    /** @param notFound no file by that name (startProcess's NO_FILE; every other failure is NOT_EXECUTABLE) */
    public BadCommandException(String spawnerr, boolean notFound) {
        super(spawnerr);
        this.notFound = notFound;
    }

    public boolean notFound() {
        return notFound;
    }
}
