package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.daemon.fcgi.FcgiSocketException;
import dev.jsupervisor.daemon.fcgi.FcgiSockets;
import dev.jsupervisor.daemon.events.ChannelListeners;
import dev.jsupervisor.daemon.log.ChildLogChannel;
import dev.jsupervisor.daemon.log.ChildLogSpec;
import dev.jsupervisor.daemon.log.MainLog;
import dev.jsupervisor.daemon.log.SyslogSink;
import dev.jsupervisor.daemon.os.BadCommandException;
import dev.jsupervisor.daemon.os.ChildPipes;
import dev.jsupervisor.daemon.os.CommandResolver;
import dev.jsupervisor.daemon.os.ProcessSpawner;
import dev.jsupervisor.daemon.os.SpawnPreparer;
import dev.jsupervisor.daemon.os.SpawnResult;
import dev.jsupervisor.daemon.os.SpawnSpec;
import dev.jsupervisor.daemon.process.ProcessRecord;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.Selector;
import java.util.OptionalInt;

/**
 * Performs one Spawn effect in the reference's order: take the fcgi socket (fcgi-programs only),
 * resolve the command (a failure is a spawnerr and no child), make the pipes and open the log
 * files (the reference's make_dispatchers), then start the child and watch its output.
 */
final class SpawnAction {
    /** What came of it: a pid and the spawn's output, or the spawnerr text. */
    record Outcome(int pid, ChildOutput output, String error) {
        static Outcome failed(String error) {
            return new Outcome(0, null, error);
        }

        boolean ok() {
            return error == null;
        }
    }

    private final SpawnPreparer preparer;
    private final ProcessSpawner spawner;
    private final AutoLogFiles autoLogs;
    private final boolean stripAnsi;
    private final MainLog mainLog;
    private final Selector selector;
    private final ChannelListeners listeners;
    private final PrintStream errors;
    private final SyslogSink syslog;
    private final FcgiSockets sockets;

    SpawnAction(SpawnPreparer preparer, ProcessSpawner spawner, AutoLogFiles autoLogs, boolean stripAnsi,
            MainLog mainLog, Selector selector, ChannelListeners listeners, PrintStream errors,
            SyslogSink syslog, FcgiSockets sockets) {
        this.preparer = preparer;
        this.spawner = spawner;
        this.autoLogs = autoLogs;
        this.stripAnsi = stripAnsi;
        this.mainLog = mainLog;
        this.selector = selector;
        this.listeners = listeners;
        this.errors = errors;
        this.syslog = syslog;
        this.sockets = sockets;
    }

    /** Step 2 of a spawn on its own: resolves the command, throwing the spawnerr text. */
    void checkCommand(ProcessRecord process) throws BadCommandException {
        preparer.resolve(process.config());
    }

    Outcome spawn(ProcessRecord process) {
        ProcessConfig config = process.config();
        OptionalInt socketFd;
        try {
            socketFd = sockets.acquire(process);
        } catch (FcgiSocketException e) {
            // The reference lets this exception escape (HTTP 500, or the daemon dies); a spawn
            // error keeps the daemon up and the process retrying (docs: compatibility).
            return Outcome.failed(e.getMessage());
        }
        CommandResolver.Resolved command;
        try {
            command = preparer.resolve(config);
        } catch (BadCommandException e) {
            return Outcome.failed(e.getMessage());
        }
        ChildPipes pipes;
        try {
            pipes = ChildPipes.open(config.redirectStderr());
        } catch (IOException e) {
            return Outcome.failed(dev.jsupervisor.daemon.os.Messages.pipeFailure(config.name(), e));
        }
        ChildOutput output;
        try {
            output = openLogs(process, pipes);
        } catch (IOException e) {
            closeQuietly(pipes);
            return Outcome.failed(Messages.dispatcherFailure(config.name(), e));
        }
        return start(process, command, pipes, output, socketFd);
    }

    /**
     * After the spawn's effects were performed: a failed spawn gives its fcgi socket back (after
     * its spawnerr line, as the reference logs "Closing socket" last).
     */
    void settle(ProcessRecord process) {
        sockets.spawnFailed(process);   // nothing to give back when the spawn worked
    }

    /** After a reaped child's exit was reported: its fcgi socket is given back. */
    void reaped(int pid) {
        sockets.reaped(pid);
    }

    private Outcome start(ProcessRecord process, CommandResolver.Resolved command, ChildPipes pipes,
            ChildOutput output, OptionalInt socketFd) {
        SpawnSpec spec = preparer.spec(process.config(), process.groupName(), command, pipes);
        if (socketFd.isPresent()) {
            // An fcgi-program reads its listening socket as fd 0 instead of a stdin pipe.
            spec = spec.withFds(socketFd.getAsInt(), spec.stdoutFd(), spec.stderrFd());
        }
        SpawnResult result = spawner.spawn(spec);
        if (!result.ok()) {
            output.abandon();
            return Outcome.failed(dev.jsupervisor.daemon.os.Messages.spawnFailure(process.name(), result));
        }
        try {
            output.register(selector);
        } catch (IOException e) {
            // The child runs but its output cannot be watched: closing our ends gives it EPIPE
            // instead of a full pipe, and the loop still reaps it normally.
            output.abandon();
        }
        if (socketFd.isPresent()) {
            sockets.spawned(process, result.pid());
            closeQuietly(pipes.stdin());   // supervisord cannot write to it: sendProcessStdin is NO_FILE
        }
        return new Outcome(result.pid(), output, null);
    }

    private ChildOutput openLogs(ProcessRecord process, ChildPipes pipes) throws IOException {
        ProcessConfig config = process.config();
        ChildLogChannel stdout = channel(process, ChildLogSpec.OutputChannel.STDOUT);
        ChildLogChannel stderr = null;
        if (!pipes.redirectsStderr()) {
            try {
                stderr = channel(process, ChildLogSpec.OutputChannel.STDERR);
            } catch (IOException e) {
                closeQuietly(stdout);
                throw e;
            }
        }
        return new ChildOutput(config.name(), pipes, stdout, stderr, mainLog);
    }

    private ChildLogChannel channel(ProcessRecord process, ChildLogSpec.OutputChannel which) throws IOException {
        ProcessConfig config = process.config();
        boolean isStdout = which == ChildLogSpec.OutputChannel.STDOUT;
        ChildLogSpec spec = ChildLogSpec.from(config.name(), which, isStdout ? config.stdout() : config.stderr(),
                autoLogs.file(process, which).orElse(null), stripAnsi);
        if (isStdout && listeners.isListener(process)) {
            // a listener's stdout carries the protocol: logged to its file only, never captured
            spec = new ChildLogSpec(spec.processName(), spec.channel(), spec.logfile(), spec.maxBytes(),
                    spec.backups(), false, 0, spec.stripAnsi());
        }
        return ChildLogChannel.open(spec, mainLog, syslog, listeners.forChannel(process, which), errors);
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // already failing; the spawnerr says what matters
        }
    }
}
