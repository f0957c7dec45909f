package dev.jsupervisor.daemon;

import dev.jsupervisor.config.cli.ServerCommandLine;
import dev.jsupervisor.config.cli.UsageException;
import dev.jsupervisor.config.launch.Console;
import dev.jsupervisor.config.launch.Invocation;
import dev.jsupervisor.config.load.ConfigException;
import dev.jsupervisor.config.load.LoadContext;
import dev.jsupervisor.config.load.ServerConfigLoader;
import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.daemon.loop.ConfigSource;
import dev.jsupervisor.daemon.loop.Daemon;
import dev.jsupervisor.daemon.loop.DaemonChild;
import dev.jsupervisor.daemon.loop.Daemonizer;
import dev.jsupervisor.daemon.loop.StartupFailure;
import dev.jsupervisor.daemon.os.JnrNativeOs;
import dev.jsupervisor.daemon.os.NativeOs;
import java.util.List;
import java.util.Optional;

/**
 * Runs a valid configuration: the daemon in this JVM (in the foreground, or because this JVM is
 * the daemon half of daemon mode), or, in daemon mode, the daemon JVM started and waited for.
 */
final class DaemonLaunch implements ServerStartup.Launch {
    private final Invocation invocation;
    private final Console console;

    DaemonLaunch(Invocation invocation, Console console) {
        this.invocation = invocation;
        this.console = console;
    }

    @Override
    public int launch(ServerConfig config, List<String> argv, Optional<DaemonChild> daemonChild)
            throws StartupFailure {
        NativeOs os = new JnrNativeOs();
        if (!config.supervisord().nodaemon() && daemonChild.isEmpty()) {
            return new Daemonizer(os, console.err()).daemonize(argv, config.supervisord().directory(),
                    invocation.cwd(), System.getenv());
        }
        Daemon daemon = Daemon.create(os, invocation.env(), console.out(), System.err, () -> reload(argv),
                daemonChild);
        return daemon.run(config);
    }

    /** SIGHUP: the same command line and environment, the file as it is now. */
    private ServerConfig reload(List<String> argv) throws ConfigSource.Unavailable {
        LoadContext ctx = invocation.loadContext();
        try {
            return ServerConfigLoader.load(ServerCommandLine.parse(argv, ctx.paths(), invocation.accounts()), ctx, dev.jsupervisor.daemon.plugin.DaemonPlugins.resolver());
        } catch (UsageException e) {
            throw new ConfigSource.Unavailable(Messages.oneLine(String.valueOf(e.getMessage())));
        } catch (ConfigException e) {
            String text = String.valueOf(e.getMessage());
            throw new ConfigSource.Unavailable(Messages.oneLine(text), text, e.crashType() != null);
        }
    }
}
