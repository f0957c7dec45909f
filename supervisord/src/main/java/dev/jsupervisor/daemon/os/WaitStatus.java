package dev.jsupervisor.daemon.os;

/**
 * A raw wait(2) status as waitpid returned it, with accessors for the bits. How a status reads in
 * log lines ("exit status 1", "terminated by SIGKILL") and the exit code the state machine
 * compares against exitcodes are decided in one place only,
 * {@link dev.jsupervisor.daemon.process.WaitStatus#fromRaw}; this class delegates to it.
 */
public record WaitStatus(int raw) {

    public boolean exited() { return (raw & 0x7f) == 0; }

    /** Killed by a signal: low 7 bits are the signal, neither 0 (exit) nor 0x7f (stopped). */
    public boolean signaled() { return ((byte) ((raw & 0x7f) + 1) >> 1) > 0; }

    public int exitCode() { return (raw >> 8) & 0xff; }

    public int termSignal() { return raw & 0x7f; }

    public boolean coreDumped() { return signaled() && (raw & 0x80) != 0; }

    /** The decoded form the supervision core works with. */
    public dev.jsupervisor.daemon.process.WaitStatus decoded() {
        return dev.jsupervisor.daemon.process.WaitStatus.fromRaw(raw);
    }

    /** The reference's "es": the exit code, or -1 when the process did not exit by itself. */
    public int exitStatus() { return decoded().exitCode(); }

    public String description() { return decoded().text(); }

    /** Builders for tests and for callers that synthesise a status. */
    public static WaitStatus ofExit(int code) { return new WaitStatus((code & 0xff) << 8); }

    public static WaitStatus ofSignal(int signal, boolean core) {
        return new WaitStatus((signal & 0x7f) | (core ? 0x80 : 0));
    }
}
