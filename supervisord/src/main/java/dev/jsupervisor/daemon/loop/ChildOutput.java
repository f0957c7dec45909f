package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.daemon.log.ChildLogChannel;
import dev.jsupervisor.daemon.log.MainLog;
import dev.jsupervisor.daemon.os.ChildPipes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipes and log channels of one spawn. They belong to the spawn, not to the process: output
 * is read until EOF even after the child was reaped (a grandchild may still hold the pipe), and a
 * respawn gets a new ChildOutput with freshly opened log files, as the reference opens its log
 * handlers per spawn.
 */
final class ChildOutput {
    /** One readable stream: a pipe's read end and the log channel its bytes go to. */
    final class Stream {
        private final Pipe.SourceChannel source;
        private final ChildLogChannel log;
        private SelectionKey key;

        private Stream(Pipe.SourceChannel source, ChildLogChannel log) {
            this.source = source;
            this.log = log;
        }

        ChildOutput owner() {
            return ChildOutput.this;
        }

        /**
         * Reads one chunk into the loop's buffer and logs it; false at EOF (the stream is closed
         * then). The buffer is direct, so neither the read nor the log write copies through a
         * temporary buffer of the JDK's.
         */
        boolean readOnce(ByteBuffer direct) {
            direct.clear();
            int n;
            try {
                n = source.read(direct);
            } catch (IOException e) {
                n = -1;
            }
            if (n < 0) {
                close();
                return false;
            }
            if (n > 0) {
                write(direct.flip());
            }
            return n > 0;
        }

        private void write(ByteBuffer data) {
            try {
                log.write(data);
            } catch (IOException rotationFailed) {
                mainLog.critical(Messages.childLogFailed(processName, log.spec().channel().label(), rotationFailed));
                close();
            }
        }

        private void close() {
            if (key != null) {
                key.cancel();
            }
            closeQuietly(source);
            open.remove(this);
            if (open.isEmpty()) {
                outputsEnded();
            }
        }
    }

    private static final int MAX_DRAIN_CHUNKS = 64;

    private final String processName;
    private final ChildPipes pipes;
    private final List<ChildLogChannel> logs;
    private final MainLog mainLog;
    private final List<Stream> open = new ArrayList<>();
    private boolean finished;
    private boolean reaped;
    private Selector selector;
    private ChildStdin stdin;

    /**
     * @param stderrLog null when stderr is redirected to stdout (no stderr pipe)
     */
    ChildOutput(String processName, ChildPipes pipes, ChildLogChannel stdoutLog, ChildLogChannel stderrLog,
            MainLog mainLog) {
        this.processName = processName;
        this.pipes = pipes;
        this.mainLog = mainLog;
        this.logs = stderrLog == null ? List.of(stdoutLog) : List.of(stdoutLog, stderrLog);
        open.add(new Stream(pipes.stdout(), stdoutLog));
        if (stderrLog != null) {
            open.add(new Stream(pipes.stderr(), stderrLog));
        }
    }

    /** After a successful spawn: drop the child's ends and watch ours. */
    void register(Selector selector) throws IOException {
        this.selector = selector;
        pipes.closeChildEnds();
        for (Stream s : open) {
            s.key = s.source.register(selector, SelectionKey.OP_READ, s);
        }
    }

    /**
     * Reads whatever is already there, without waiting (before a reaped exit is reported). Bounded,
     * because a grandchild that inherited the pipe may keep writing.
     */
    void drain(ByteBuffer buffer) {
        for (Stream s : List.copyOf(open)) {
            for (int chunk = 0; chunk < MAX_DRAIN_CHUNKS && s.readOnce(buffer); chunk++) {
                // keep reading until the pipe is empty or closed
            }
        }
    }

    /** The child's stdin for sendProcessStdin; null before the spawn's pipes were registered. */
    ChildStdin stdin() {
        if (stdin == null && selector != null) {
            stdin = new ChildStdin(pipes.stdin(), selector);
        }
        return stdin;
    }

    boolean finished() {
        return finished;
    }

    /** SIGUSR2: reopen the log files by name. */
    void reopenLogs() {
        for (ChildLogChannel log : logs) {
            try {
                log.reopen();
            } catch (IOException e) {
                mainLog.critical(Messages.childLogFailed(processName, log.spec().channel().label(), e));
            }
        }
    }

    /** clearProcessLogs: every log file of this spawn deleted and reopened empty. */
    void clearLogs() throws IOException {
        for (ChildLogChannel log : logs) {
            log.clear();
            if (finished) {
                log.close();   // both pipes ended earlier: the recreated empty file is not written to
            }
        }
    }

    /**
     * Both output streams are at EOF: their pipes and the log files close. A child that still runs
     * may still read, so its stdin stays open until it is reaped (sendProcessStdin keeps working,
     * as in the reference).
     */
    private void outputsEnded() {
        if (reaped) {
            finish();
            return;
        }
        finished = true;
        closeQuietly(pipes.stdout());
        if (pipes.stderr() != null) {
            closeQuietly(pipes.stderr());
        }
        logs.forEach(ChildOutput::closeQuietly);
    }

    /** The child was reaped: once its output has ended too, nothing of the spawn stays open. */
    void reaped() {
        reaped = true;
        if (finished) {
            closeQuietly(pipes);
        }
    }

    /** Closes everything still open (restart, exit, failed spawn, or EOF after the reaping). */
    void finish() {
        if (finished) {
            return;
        }
        finished = true;
        for (Stream s : List.copyOf(open)) {
            if (s.key != null) {
                s.key.cancel();
            }
        }
        open.clear();
        closeQuietly(pipes);
        logs.forEach(ChildOutput::closeQuietly);
    }

    /** After a failed spawn: nothing was registered; close every end and the log files. */
    void abandon() {
        finish();
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing useful can be done about a failed close at this point
        }
    }
}
