package dev.jsupervisor.daemon;

import dev.jsupervisor.config.launch.Invocation;
import dev.jsupervisor.config.launch.Console;
import dev.jsupervisor.config.cli.ServerArgs;
import dev.jsupervisor.config.cli.ServerCommandLine;
import dev.jsupervisor.config.cli.UsageException;
import dev.jsupervisor.config.load.ConfigException;
import dev.jsupervisor.config.load.LoadContext;
import dev.jsupervisor.config.load.ServerConfigLoader;
import dev.jsupervisor.config.model.ServerConfig;
import java.util.List;

/**
 * supervisord's start, up to a loaded configuration, in the reference's order: command line
 * (usage errors, -h, -v), the config file search, then the config itself. Every failure is
 * reported on stderr as the reference reports it; the result is the process exit code.
 */
final class ServerStartup {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final Invocation invocation;
    private final Console console;

    ServerStartup(Invocation invocation, Console console) {
        this.invocation = invocation;
        this.console = console;
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
        if (args.configFile() == null && invocation.isRoot()) {
            console.printError(Messages.rootSearchWarning());
        }
        try {
            return configured(ServerConfigLoader.load(args, ctx));
        } catch (ConfigException e) {
            return configError(e);
        }
    }

    /** The daemon proper arrives with issue 3; until then a valid config ends here. */
    private int configured(ServerConfig config) {
        console.printError(Messages.NOT_IMPLEMENTED + "\n");
        return FAILED;
    }

    private int configError(ConfigException e) {
        if (e.crashType() != null) {
            console.printError(Messages.crash(e.crashType(), e.getMessage()));
            return FAILED;
        }
        return usage(e.getMessage());
    }

    private int usage(String message) {
        console.printError(Messages.usageError(message, invocation.argv0()));
        return USAGE;
    }
}
