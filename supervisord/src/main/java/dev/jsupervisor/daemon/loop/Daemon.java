package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.daemon.os.NativeOs;
import dev.jsupervisor.daemon.os.SignalSource;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.Selector;
import java.util.Map;
import java.util.Optional;

/**
 * supervisord proper: runs the configuration until an exit request, restarting in place (same
 * pid, same JVM) on SIGHUP with the configuration read again. Everything here runs on the calling
 * thread, which becomes the loop thread; signal handlers only queue the signal and wake it.
 */
public final class Daemon {
    private final DaemonContext context;

    private Daemon(DaemonContext context) {
        this.context = context;
    }

    /**
     * @param environment the environment supervisord started with (children get it, and so does
     *     every restart)
     * @param stdout the stream the main log is echoed to in the foreground
     * @param errors where failed log writes are reported
     * @param reload how SIGHUP reads the configuration again
     * @param daemonChild present when this JVM is the daemon started by {@link Daemonizer}
     */
    public static Daemon create(NativeOs os, Map<String, String> environment, PrintStream stdout,
            PrintStream errors, ConfigSource reload, Optional<DaemonChild> daemonChild) {
        Selector selector = openSelector();
        SignalQueue signals = new SignalQueue(selector::wakeup);
        Runnable install = new SignalInstaller(new SignalSource(os), signals);
        return new Daemon(new DaemonContext(os, selector, signals, install, environment, stdout, errors, reload,
                daemonChild, new NativeSyslog(os)));
    }

    /** Runs until an exit request; returns the exit code (0), or throws when startup fails. */
    public int run(ServerConfig config) throws StartupFailure {
        ServerConfig next = config;
        boolean firstStart = true;
        while (next != null) {
            next = new DaemonRun(context, next, firstStart).run();
            firstStart = false;
        }
        return 0;
    }

    private static Selector openSelector() {
        try {
            return Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Installs the handlers once; a restart keeps them (the queue outlives each run). */
    private static final class SignalInstaller implements Runnable {
        private final SignalSource source;
        private final SignalQueue queue;
        private boolean installed;

        SignalInstaller(SignalSource source, SignalQueue queue) {
            this.source = source;
            this.queue = queue;
        }

        @Override
        public void run() {
            if (!installed) {
                installed = true;
                source.install(queue::offer);
            }
        }
    }
}
