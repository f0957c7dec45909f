package dev.jsupervisor.config.load;

import static dev.jsupervisor.config.load.OptionReader.convert;

import dev.jsupervisor.config.cli.ServerArgs;
import dev.jsupervisor.config.ini.IniDocument;
import dev.jsupervisor.config.ini.IniParser;
import dev.jsupervisor.config.model.GroupConfig;
import dev.jsupervisor.config.model.HttpServerConfig;
import dev.jsupervisor.config.model.InetHttpServerConfig;
import dev.jsupervisor.config.model.ParseMessages;
import dev.jsupervisor.config.model.PluginConfig;
import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.config.model.SupervisordConfig;
import dev.jsupervisor.config.model.UnixHttpServerConfig;
import dev.jsupervisor.config.value.Converters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code supervisord -c file [options]} reads: the file (with [include]s) and the command
 * line, in the reference's order, so the first error reported is the reference's first error.
 * Used at startup and again for reloads / reread (then with the startup context).
 */
public final class ServerConfigLoader {
    private final LoadContext ctx;
    private final PluginResolver resolver;
    private final List<String> warnings = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();

    private ServerConfigLoader(LoadContext ctx, PluginResolver resolver) {
        this.ctx = ctx;
        this.resolver = resolver;
    }

    /** Loads with the built-in plugin factories only. */
    public static ServerConfig load(ServerArgs args, LoadContext ctx) throws ConfigException {
        return load(args, ctx, PluginResolver.builtins());
    }

    public static ServerConfig load(ServerArgs args, LoadContext ctx, PluginResolver resolver)
            throws ConfigException {
        return new ServerConfigLoader(ctx, resolver).run(args);
    }

    private ServerConfig run(ServerArgs args) throws ConfigException {
        String configFile = args.configFile() != null ? args.configFile() : ConfigSearch.require(ctx);
        String here = ConfigFiles.absolute(ctx.cwd(), ConfigFiles.dirname(configFile));
        IniDocument doc = IniParser.newDocument();
        ConfigFiles.parse(ConfigFiles.readMain(ctx.cwd(), configFile), configFile, doc);
        Map<String, Object> globals = environExpansions(ctx.env());
        IncludeProcessor includes = new IncludeProcessor(ctx, warnings, infos);
        includes.process(doc, configFile, here, globals);
        if (!doc.hasSection(SupervisordSectionLoader.SECTION)) {
            throw new ConfigException(Messages.missingSection(SupervisordSectionLoader.SECTION));
        }
        OptionReader reader = new OptionReader(doc, globals);
        SupervisordConfig fromFile = new SupervisordSectionLoader(reader, ctx, here).load();
        // From here on every section may use the ENV_ names of [supervisord] environment=.
        fromFile.environment().forEach((k, v) -> globals.put("ENV_" + k, v));
        List<PluginConfig> rpc = PluginSectionsLoader.load(reader, resolver,
                PluginConfig.RPCINTERFACE_FACTORY_KEY, "rpcinterface:");
        List<GroupConfig> groups = mergeGlobalEnvironment(
                loadGroups(reader, here, includes.sectionFiles(), configFile), fromFile.environment());
        List<HttpServerConfig> servers = new HttpServersLoader(reader, ctx, here).load();
        SupervisordConfig effective = ServerOverrides.apply(fromFile, args, ctx);
        Integer uid = effective.user() == null ? null
                : convert(() -> Converters.nameToUid(effective.user(), ctx.accounts()));
        Integer gid = uid == null ? null : ctx.accounts().primaryGidOf(uid).orElse(null);
        return new ServerConfig(configFile, here, effective, uid, gid, fallbackServerurl(servers),
                servers, rpc, groups, new ParseMessages(List.of(), warnings, infos));
    }

    /** ENV_<name> for every variable of the environment supervisord started with. */
    static Map<String, Object> environExpansions(Map<String, String> env) {
        Map<String, Object> names = new HashMap<>();
        env.forEach((k, v) -> names.put("ENV_" + k, v));
        return names;
    }

    private List<GroupConfig> loadGroups(OptionReader reader, String here, Map<String, String> sectionFiles,
                                         String configFile) throws ConfigException {
        ProcessSectionLoader processes = new ProcessSectionLoader(reader, ctx, here, warnings,
                sectionFiles, configFile);
        ListenerAndFcgiLoader specialised = new ListenerAndFcgiLoader(reader, processes, resolver, ctx, here);
        return new GroupsLoader(reader, processes, specialised, here).load();
    }

    /** Each process sees [supervisord] environment= with its own environment= on top. */
    private static List<GroupConfig> mergeGlobalEnvironment(List<GroupConfig> groups, Map<String, String> global) {
        List<GroupConfig> merged = new ArrayList<>();
        for (GroupConfig group : groups) {
            List<ProcessConfig> processes = new ArrayList<>();
            for (ProcessConfig process : group.processes()) {
                Map<String, String> env = new LinkedHashMap<>(global);
                env.putAll(process.environment());
                processes.add(process.withEnvironment(env));
            }
            merged.add(group.withProcesses(processes));
        }
        return merged;
    }

    /**
     * SUPERVISOR_SERVER_URL for children that do not set serverurl=: the first unix server, else
     * the last inet server (the reference keeps overwriting), else none.
     */
    static String fallbackServerurl(List<HttpServerConfig> servers) {
        for (HttpServerConfig server : servers) {
            if (server instanceof UnixHttpServerConfig unix) {
                return "unix://" + unix.file();
            }
        }
        String url = null;
        for (HttpServerConfig server : servers) {
            if (server instanceof InetHttpServerConfig inet) {
                String host = inet.host().isEmpty() ? "localhost" : inet.host();
                url = "http://" + host + ":" + inet.port();
            }
        }
        return url;
    }
}
