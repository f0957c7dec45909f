package dev.jsupervisor.daemon.os;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.Pipe;

/**
 * The three pipes of one child, made from JDK Pipes so that the parent ends can sit in the
 * event loop's Selector next to the sockets. The child ends' fd numbers go to posix_spawn's
 * dup2; afterwards {@link #closeChildEnds()} drops them here, so that EOF on stdout/stderr
 * arrives when the child (and whatever inherited its fds) is gone.
 *
 * <p>With redirect_stderr there is no stderr pipe: the stdout pipe's write end becomes fd 2 too.
 * Needs {@code --add-exports java.base/sun.nio.ch=ALL-UNNAMED} (see {@link PipeFds}).
 */
public final class ChildPipes implements Closeable {
    private final Pipe stdin;
    private final Pipe stdout;
    private final Pipe stderr;
    private boolean childEndsClosed;

    private ChildPipes(Pipe stdin, Pipe stdout, Pipe stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Opens the pipes; on failure (EMFILE is the usual one) nothing stays open. */
    public static ChildPipes open(boolean redirectStderr) throws IOException {
        Pipe in = null;
        Pipe out = null;
        try {
            in = Pipe.open();
            out = Pipe.open();
            Pipe err = redirectStderr ? null : Pipe.open();
            return new ChildPipes(in, out, err);
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            closeQuietly(out);
            throw e;
        }
    }

    /** fd the child reads as stdin. */
    public int childStdinFd() { return PipeFds.fdOf(stdin.source()); }

    /** fd the child writes as stdout. */
    public int childStdoutFd() { return PipeFds.fdOf(stdout.sink()); }

    /** fd the child writes as stderr: the stdout pipe's when redirected. */
    public int childStderrFd() { return PipeFds.fdOf(stderr == null ? stdout.sink() : stderr.sink()); }

    /** The parent's end of the child's stdin (write to it). */
    public Pipe.SinkChannel stdin() { return stdin.sink(); }

    /** The parent's end of the child's stdout (read from it). */
    public Pipe.SourceChannel stdout() { return stdout.source(); }

    /** The parent's end of the child's stderr, or null when stderr is redirected to stdout. */
    public Pipe.SourceChannel stderr() { return stderr == null ? null : stderr.source(); }

    public boolean redirectsStderr() { return stderr == null; }

    /**
     * After a successful spawn: close the ends the child now owns, and make the parent's ends
     * non-blocking so that they can be registered with a Selector.
     */
    public void closeChildEnds() throws IOException {
        if (childEndsClosed) {
            return;
        }
        childEndsClosed = true;
        closeAll(stdin.source(), stdout.sink(), stderr == null ? null : stderr.sink());
        stdin.sink().configureBlocking(false);
        stdout.source().configureBlocking(false);
        if (stderr != null) {
            stderr.source().configureBlocking(false);
        }
    }

    /** Closes every end (after a failed spawn, or when the process is finished). */
    @Override
    public void close() throws IOException {
        closeAll(stdin.source(), stdin.sink(), stdout.source(), stdout.sink());
        if (stderr != null) {
            closeAll(stderr.source(), stderr.sink());
        }
    }

    private static void closeAll(Channel... channels) throws IOException {
        IOException first = null;
        for (Channel c : channels) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void closeQuietly(Pipe pipe) {
        if (pipe != null) {
            try {
                closeAll(pipe.source(), pipe.sink());
            } catch (IOException e) {
                // already failing; the original exception is what the caller needs
            }
        }
    }
}
