package dev.jsupervisor.daemon.os;

/** A system call failed; carries errno and its symbolic name (as Python's errno.errorcode). */
public final class OsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int errno;
    private final String errnoName;

    public OsException(String call, int errno, String errnoName, String description) {
        super(call + ": [Errno " + errno + "] " + description);
        this.errno = errno;
        this.errnoName = errnoName;
    }

    public int errno() { return errno; }

    public String errnoName() { return errnoName; }
}
