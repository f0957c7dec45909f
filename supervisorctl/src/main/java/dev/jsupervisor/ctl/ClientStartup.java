package dev.jsupervisor.ctl;

import dev.jsupervisor.config.launch.Invocation;
import dev.jsupervisor.config.launch.Console;
import dev.jsupervisor.config.launch.StartupErrors;
import dev.jsupervisor.config.cli.ClientArgs;
import dev.jsupervisor.config.cli.ClientCommandLine;
import dev.jsupervisor.config.cli.UsageException;
import dev.jsupervisor.config.load.ClientConfigLoader;
import dev.jsupervisor.ctl.plugin.CtlPlugins;
import dev.jsupervisor.config.load.ConfigException;
import dev.jsupervisor.config.model.ClientConfig;
import java.util.List;

/**
 * supervisorctl's start, up to a loaded configuration, in the reference's order: command line
 * (usage errors, -h), then the optional config file. Failures are reported on stderr as the
 * reference reports them; the result is the process exit code.
 */
final class ClientStartup {
    static final int OK = 0;
    static final int FAILED = StartupErrors.FAILED;
    static final int USAGE = StartupErrors.USAGE;

    private final Invocation invocation;
    private final Console console;

    ClientStartup(Invocation invocation, Console console) {
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
        ClientArgs args;
        try {
            args = ClientCommandLine.parse(argv);
        } catch (UsageException e) {
            return usage(e.getMessage());
        }
        if (args.help()) {
            console.print(Messages.help(invocation.argv0()));
            return OK;
        }
        try {
            return configured(ClientConfigLoader.load(args, invocation.loadContext(), CtlPlugins.resolver()));
        } catch (ConfigException e) {
            return configError(e);
        }
    }

    /**
     * One-shot: the action words joined by blanks run as one command line, and its exit status
     * is ours (with -i too: the reference does not enter its shell after an action). Without
     * action words: the interactive shell, whose exit status is always 0.
     */
    private int configured(ClientConfig config) {
        Controller ctl = new Controller(console.out(), config.serverurl(), config.username(), config.password(),
                config.interactive());
        try {
            ctl.usePlugins(PluginActions.load(config.ctlplugins(), ctl));
            if (config.args().isEmpty()) {
                return ShellInputs.shell(ctl, config);
            }
            new Dispatcher(ctl, oneShotPrompt(config)).onecmd(String.join(" ", config.args()));
            return ctl.exitStatus();
        } catch (PluginActions.SetupException e) {
            return configError(new ConfigException(e.getMessage()));
        } finally {
            ctl.close();
        }
    }

    /**
     * With -i, a one-shot action may ask (shutdown, reload, a login after 401). Python's input()
     * without readline loaded: the prompt goes to stdout, or to stderr when both stdin and
     * stdout are terminals.
     */
    private Prompt oneShotPrompt(ClientConfig config) {
        if (!config.interactive()) {
            return Prompt.NONE;
        }
        return new PlainInput(System.in, System.console() != null ? console.err() : console.out());
    }

    private int configError(ConfigException e) {
        return StartupErrors.configError(console, invocation, e);
    }

    private int usage(String message) {
        return StartupErrors.usage(console, invocation, message);
    }
}
