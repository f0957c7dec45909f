package dev.jsupervisor.daemon.log;

/** A log read or clear that the RPC layer turns into the fault of the same name. */
public final class LogAccessException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The XML-RPC faults a log access can end in (codes in xmlrpc-api). */
    public enum Fault { BAD_ARGUMENTS, NO_FILE, FAILED }

    private final Fault fault;

    public LogAccessException(Fault fault) {
        super(fault.name());
        this.fault = fault;
    }

    public LogAccessException(Fault fault, Throwable cause) {
        super(fault.name(), cause);
        this.fault = fault;
    }

    public Fault fault() {
        return fault;
    }
}
