package dev.jsupervisor.daemon.process;

/**
 * How a reaped child ended, decoded from a waitpid(2) status the way the reference decodes it:
 * an exit yields its code; a signal death yields code -1 (so it never matches exitcodes).
 *
 * @param exitCode the code compared against exitcodes: the exit status, or -1
 * @param text the human part of log lines: {@code exit status 2}, {@code terminated by SIGTERM}
 *     (plus {@code (core dumped)}), or {@code unknown termination cause 0x....}
 */
public record WaitStatus(int exitCode, String text) {

    /** The child called exit(code). */
    public static WaitStatus exited(int code) {
        return new WaitStatus(code, Messages.exitStatus(code));
    }

    /** The child was killed by {@code signal}. */
    public static WaitStatus killedBy(int signal, boolean coreDumped) {
        return new WaitStatus(-1, Messages.terminatedBy(signal, coreDumped));
    }

    /** Decodes a raw Linux wait status word (WIFEXITED / WIFSIGNALED / WCOREDUMP). */
    public static WaitStatus fromRaw(int raw) {
        int low = raw & 0x7f;
        if (low == 0) {
            return exited((raw >> 8) & 0xff);
        }
        if (low != 0x7f) {
            return killedBy(low, (raw & 0x80) != 0);
        }
        return new WaitStatus(-1, Messages.unknownTermination(raw));
    }
}
