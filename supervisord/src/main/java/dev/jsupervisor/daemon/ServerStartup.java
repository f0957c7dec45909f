package dev.jsupervisor.daemon;

import dev.jsupervisor.config.launch.Invocation;
import dev.jsupervisor.config.launch.Console;
import dev.jsupervisor.config.launch.StartupErrors;
import dev.jsupervisor.config.cli.ServerArgs;
import dev.jsupervisor.config.cli.ServerCommandLine;
import dev.jsupervisor.config.cli.UsageException;
import dev.jsupervisor.config.load.ConfigException;
import dev.jsupervisor.config.load.LoadContext;
import dev.jsupervisor.config.load.ServerConfigLoader;
import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.daemon.loop.DaemonChild;
import dev.jsupervisor.daemon.loop.StartupFailure;
import java.util.List;
import java.util.Optional;

/**
 * supervisord's start in the reference's order: command line (usage errors, -h, -v), the config
 * file search, the config itself, then the daemon ({@link DaemonLaunch}). Every failure is reported on stderr as the reference reports it; the
 * result is the process exit code.
 */
final class ServerStartup {
    static final int OK = 0;
    static final int FAILED = StartupErrors.FAILED;
    static final int USAGE = StartupErrors.USAGE;

    private final Invocation invocation;
    private final Console console;
    private Optional<DaemonChild> daemonChild = Optional.empty();

    /** What runs once the configuration is valid. */
    @FunctionalInterface
    interface Launch {
        int launch(ServerConfig config, List<String> argv, Optional<DaemonChild> daemonChild) throws StartupFailure;
    }

    private final Launch launch;

    ServerStartup(Invocation invocation, Console console) {
        this.invocation = invocation;
        this.console = console;
        this.launch = new DaemonLaunch(invocation, console);
    }

    ServerStartup(Invocation invocation, Console console, Launch launch) {
        this.invocation = invocation;
        this.console = console;
        this.launch = launch;
    }

    /** @param daemonChild present when this JVM is the daemon half of daemon mode */
    int run(List<String> argv, Optional<DaemonChild> daemonChild) {
        this.daemonChild = daemonChild;
        return run(argv);
    }

    int run(List<String> argv) {
        try {
            return start(argv);
        } catch (RuntimeException e) {
            console.printError(Messages.internalError(e));
            return FAILED;
        }
    }

    private int start(List<String> argv) {
        LoadContext ctx = invocation.loadContext();
        ServerArgs args;
        try {
            args = ServerCommandLine.parse(argv, ctx.paths(), invocation.accounts());
        } catch (UsageException e) {
            return usage(e.getMessage());
        }
        if (args.help()) {
            console.print(Messages.help(invocation.argv0()));
            return OK;
        }
        if (args.version()) {
            console.print(Messages.VERSION + "\n");
            return OK;
        }
        if (args.configFile() == null && invocation.isRoot() && daemonChild.isEmpty()) {
            console.printError(Messages.rootSearchWarning());
        }
        try {
            return configured(ServerConfigLoader.load(args, ctx, dev.jsupervisor.daemon.plugin.DaemonPlugins.resolver()), argv);
        } catch (ConfigException e) {
            return configError(e);
        }
    }

    /** A valid configuration: hand over to the daemon (tests put a fake here). */
    private int configured(ServerConfig config, List<String> argv) {
        try {
            return launch.launch(config, argv, daemonChild);
        } catch (StartupFailure e) {
            if (e.usage()) {
                return usage(e.getMessage());
            }
            console.printError(Messages.startupError(e.getMessage()));
            return FAILED;
        }
    }

    private int configError(ConfigException e) {
        return StartupErrors.configError(console, invocation, e);
    }

    private int usage(String message) {
        return StartupErrors.usage(console, invocation, message);
    }
}
