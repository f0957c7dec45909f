package dev.jsupervisor.config.load;

import dev.jsupervisor.config.cli.ClientArgs;
import dev.jsupervisor.config.ini.IniDocument;
import dev.jsupervisor.config.ini.IniParseException;
import dev.jsupervisor.config.ini.IniParser;
import dev.jsupervisor.config.model.ClientConfig;
import dev.jsupervisor.config.model.PluginConfig;
import dev.jsupervisor.config.model.SupervisorctlConfig;
import dev.jsupervisor.config.value.Converters;
import java.util.List;
import java.util.Map;

/**
 * What supervisorctl reads: the config file is optional (searched for when -c is absent), only
 * [supervisorctl] and [ctlplugin:x] matter, [include] is not followed.
 */
public final class ClientConfigLoader {
    private static final String SECTION = "supervisorctl";

    private ClientConfigLoader() {}

    /** Loads with the built-in plugin factories only. */
    public static ClientConfig load(ClientArgs args, LoadContext ctx) throws ConfigException {
        return load(args, ctx, PluginResolver.builtins());
    }

    public static ClientConfig load(ClientArgs args, LoadContext ctx, PluginResolver resolver)
            throws ConfigException {
        String configFile = args.configFile() != null ? args.configFile() : ConfigSearch.find(ctx).orElse(null);
        SupervisorctlConfig section = SupervisorctlConfig.defaults();
        List<PluginConfig> plugins = List.of();
        if (configFile != null) {
            OptionReader reader = read(configFile, ctx);
            String here = ConfigFiles.dirname(Converters.normalizePath(configFile, ctx.paths(), ctx.accounts()));
            section = readSection(reader, here, ctx);
            plugins = PluginSectionsLoader.load(reader, resolver, PluginConfig.CTLPLUGIN_FACTORY_KEY, "ctlplugin:");
        }
        List<String> action = args.action() == null ? List.of() : args.action();
        return new ClientConfig(configFile,
                pick(args.serverurl(), section.serverurl()),
                pick(args.username(), section.username()),
                pick(args.password(), section.password()),
                section.prompt(),
                section.historyFile(),
                args.interactive() || action.isEmpty(),
                action,
                plugins);
    }

    private static OptionReader read(String configFile, LoadContext ctx) throws ConfigException {
        String text = ConfigFiles.readMain(ctx.cwd(), configFile);
        IniDocument doc = IniParser.newDocument();
        try {
            IniParser.read(text, configFile, doc);
        } catch (IniParseException e) {
            // supervisorctl does not catch INI syntax errors: it dies with a traceback.
            throw ConfigException.crash(pythonErrorType(e.getMessage()), e.getMessage());
        }
        if (!doc.hasSection(SECTION)) {
            throw new ConfigException(Messages.missingSection(SECTION));
        }
        return new OptionReader(doc, ServerConfigLoader.environExpansions(ctx.env()));
    }

    private static String pythonErrorType(String message) {
        return message.startsWith("File contains no section headers.") ? "MissingSectionHeaderError" : "ParsingError";
    }

    private static SupervisorctlConfig readSection(OptionReader reader, String here, LoadContext ctx)
            throws ConfigException {
        Map<String, Object> withHere = Map.of("here", here);
        String serverurl = reader.get(SECTION, "serverurl", SupervisorctlConfig.DEFAULT_SERVERURL, withHere);
        if (serverurl.startsWith("unix://")) {
            serverurl = "unix://" + Converters.normalizePath(serverurl.substring("unix://".length()), ctx.paths(), ctx.accounts());
        }
        String prompt = reader.get(SECTION, "prompt", SupervisorctlConfig.DEFAULT_PROMPT);
        String username = reader.get(SECTION, "username", null);
        String password = reader.get(SECTION, "password", null);
        String history = reader.get(SECTION, "history_file", null, withHere);
        String historyFile = history == null || history.isEmpty() ? null : Converters.normalizePath(history, ctx.paths(), ctx.accounts());
        return new SupervisorctlConfig(serverurl, username, password, prompt, historyFile);
    }

    private static String pick(String commandLine, String file) {
        return commandLine != null ? commandLine : file;
    }
}
