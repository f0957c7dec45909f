package dev.jsupervisor.daemon.os;

import dev.jsupervisor.config.value.Signals;

/**
 * A raw wait(2) status decoded the way the reference's decode_wait_status does: an exit code
 * (or -1 when a signal ended the process) and the description used in log lines such as
 * "exited: x (exit status 1; not expected)" or "reaped unknown pid 7 (terminated by SIGKILL)".
 */
public record WaitStatus(int raw) {

    public boolean exited() { return (raw & 0x7f) == 0; }

    /** Killed by a signal: low 7 bits are the signal, neither 0 (exit) nor 0x7f (stopped). */
    public boolean signaled() { return ((byte) ((raw & 0x7f) + 1) >> 1) > 0; }

    public int exitCode() { return (raw >> 8) & 0xff; }

    public int termSignal() { return raw & 0x7f; }

    public boolean coreDumped() { return signaled() && (raw & 0x80) != 0; }

    /** The reference's "es": the exit code, or -1 when the process did not exit by itself. */
    public int exitStatus() { return exited() ? exitCode() : -1; }

    public String description() {
        if (exited()) {
            return Messages.exitStatus(exitCode());
        }
        if (signaled()) {
            return Messages.terminatedBy(Signals.signame(termSignal()), coreDumped());
        }
        return Messages.unknownTermination(raw);
    }

    /** Builders for tests and for callers that synthesise a status. */
    public static WaitStatus ofExit(int code) { return new WaitStatus((code & 0xff) << 8); }

    public static WaitStatus ofSignal(int signal, boolean core) {
        return new WaitStatus((signal & 0x7f) | (core ? 0x80 : 0));
    }
}
