package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.daemon.os.NativeOs;
import dev.jsupervisor.daemon.os.Reaped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The launching JVM's wait for the daemon JVM: READY on the pipe means success (exit 0); EOF
 * without it means the daemon failed, and what it wrote plus its exit status are passed on.
 */
final class ReadinessWait {
    private static final int SIGTERM = 15;
    /** After EOF the daemon is exiting; its status should follow at once. */
    private static final long EXIT_WAIT_MILLIS = 10_000;

    private final NativeOs os;
    private final PrintStream stderr;
    private final long timeoutSeconds;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();

    ReadinessWait(NativeOs os, PrintStream stderr, long timeoutSeconds) {
        this.os = os;
        this.stderr = stderr;
        this.timeoutSeconds = timeoutSeconds;
    }

    int await(Pipe.SourceChannel source, int pid) {
        try (source; Selector selector = Selector.open()) {
            source.configureBlocking(false);
            source.register(selector, SelectionKey.OP_READ);
            return readUntilDone(selector, source, pid);
        } catch (IOException e) {
            stderr.print(Messages.cannotStartDaemon(Messages.describe(e)));
            return 1;
        }
    }

    private int readUntilDone(Selector selector, Pipe.SourceChannel source, int pid) throws IOException {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                os.kill(pid, SIGTERM);
                stderr.print(Messages.daemonNotReady(timeoutSeconds));
                return 1;
            }
            selector.select(left);
            selector.selectedKeys().clear();
            buffer.clear();
            int n = source.read(buffer);
            if (n > 0) {
                received.write(buffer.array(), 0, n);
                if (text().contains(Messages.READY + "\n")) {
                    stderr.print(text().substring(0, text().indexOf(Messages.READY + "\n")));
                    return 0;
                }
            } else if (n < 0) {
                return failed(pid);
            }
        }
    }

    /** The daemon closed the pipe without READY: pass on its words and its exit status. */
    private int failed(int pid) {
        int status = exitStatus(pid);
        String text = text();
        stderr.print(text.isEmpty() ? Messages.daemonChildFailed(status) : text);
        return status > 0 ? status : 1;
    }

    private int exitStatus(int pid) {
        long deadline = System.nanoTime() + EXIT_WAIT_MILLIS * 1_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<Reaped> reaped = os.waitNoHang(pid);
            if (reaped.isPresent()) {
                return reaped.get().status().exitStatus();
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return 1;
    }

    private String text() {
        return received.toString(StandardCharsets.UTF_8);
    }
}
