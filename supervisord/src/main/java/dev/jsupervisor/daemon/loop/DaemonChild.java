package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.daemon.os.NativeOs;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The daemon side of daemon mode: this JVM was started by {@link Daemonizer} in a new session
 * with the readiness pipe on fd 3. Everything startup would print on stderr goes into that pipe
 * (the launching JVM prints it); once the pidfile is written, "READY" goes there instead and the
 * pipe is closed, which lets the launching JVM exit 0.
 */
public final class DaemonChild {
    /** System property that marks the daemon JVM. */
    public static final String MARKER = "jsupervisor.daemon.child";
    /** The launching JVM's working directory: relative config paths are read against it. */
    public static final String ORIGINAL_CWD = "jsupervisor.daemon.cwd";
    /** Set when directory= could not be entered: the errno, for the reference's CRIT line. */
    static final String CHDIR_ERRNO = "jsupervisor.daemon.chdirErrno";
    private static final int READY_FD = 3;

    private final PrintStream pipe;
    private boolean readySent;

    private DaemonChild(PrintStream pipe) {
        this.pipe = pipe;
    }

    /** This JVM's readiness pipe, when it is the daemon JVM. */
    public static Optional<DaemonChild> inherited() {
        if (System.getProperty(MARKER) == null) {
            return Optional.empty();
        }
        try {
            // /proc/self/fd/3 opens the same pipe again; Java has no way to wrap a raw fd number.
            FileOutputStream out = new FileOutputStream("/proc/self/fd/" + READY_FD);
            return Optional.of(new DaemonChild(new PrintStream(out, true, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return Optional.of(new DaemonChild(new PrintStream(PrintStream.nullOutputStream())));
        }
    }

    /** Where startup errors go: to the launching JVM, which prints them on its stderr. */
    public PrintStream errors() {
        return pipe;
    }

    public static Optional<String> originalCwd() {
        return Optional.ofNullable(System.getProperty(ORIGINAL_CWD));
    }

    OptionalInt chdirErrno() {
        String errno = System.getProperty(CHDIR_ERRNO);
        return errno == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(errno));
    }

    /** Startup is complete: tell the launching JVM and let go of the pipe (both fds of it). */
    void ready(NativeOs os) {
        if (readySent) {
            return;
        }
        readySent = true;
        pipe.print(Messages.READY + "\n");
        pipe.flush();
        pipe.close();
        os.close(READY_FD);
    }
}
