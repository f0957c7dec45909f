package dev.jsupervisor.e2e.config;

import dev.jsupervisor.config.launch.PythonLocale;
import dev.jsupervisor.config.cli.ClientArgs;
import dev.jsupervisor.config.cli.ClientCommandLine;
import dev.jsupervisor.config.cli.ServerArgs;
import dev.jsupervisor.config.cli.ServerCommandLine;
import dev.jsupervisor.config.cli.UsageException;
import dev.jsupervisor.config.load.ClientConfigLoader;
import dev.jsupervisor.config.load.ConfigException;
import dev.jsupervisor.config.load.LoadContext;
import dev.jsupervisor.config.load.ServerConfigLoader;
import dev.jsupervisor.config.value.SystemAccounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our loader's view of a config, printed in exactly the JSON shape (and byte layout) that
 * {@code src-test/oracle/dump_config.py} prints for the reference, so the two can be compared
 * as strings. See src-test/oracle/README.md for the shape.
 */
public final class OurConfigDump {
    /** The oracle pins platform.node() to this text; we hand the loader the same host name. */
    static final String PINNED_HOSTNAME = "$HOST";

    private OurConfigDump() {}

    /**
     * As {@code supervisord -c config extraArgs...} would read it.
     *
     * @param env the complete process environment (ENV_* expansions, HOME for "~", TMPDIR)
     * @param cwd the working directory relative paths resolve against
     */
    public static String dumpServer(Path config, List<String> extraArgs, Map<String, String> env, Path cwd) {
        LoadContext ctx = context(PythonLocale.coerce(env), cwd, "supervisord");
        Object result;
        try {
            ServerArgs args = ServerCommandLine.parse(withConfig(config, extraArgs), ctx.paths());
            result = args.help() || args.version() ? exit() : DumpTree.server(ServerConfigLoader.load(args, ctx), args);
        } catch (UsageException e) {
            result = error(e.getMessage());
        } catch (ConfigException e) {
            result = failure(e);
        }
        return render(result, config, cwd);
    }

    /** As {@code supervisorctl -c config extraArgs...} would read it. */
    public static String dumpClient(Path config, List<String> extraArgs, Map<String, String> env, Path cwd) {
        LoadContext ctx = context(PythonLocale.coerce(env), cwd, "supervisorctl");
        Object result;
        try {
            ClientArgs args = ClientCommandLine.parse(withConfig(config, extraArgs));
            result = args.help() ? exit() : DumpTree.client(ClientConfigLoader.load(args, ctx));
        } catch (UsageException e) {
            result = error(e.getMessage());
        } catch (ConfigException e) {
            result = failure(e);
        }
        return render(result, config, cwd);
    }

    private static List<String> withConfig(Path config, List<String> extraArgs) {
        List<String> args = new ArrayList<>(List.of("-c", config.toString()));
        args.addAll(extraArgs);
        return args;
    }

    private static LoadContext context(Map<String, String> env, Path cwd, String argv0) {
        String dir = cwd.toAbsolutePath().normalize().toString();
        return LoadContext.of(env, dir, PINNED_HOSTNAME, new SystemAccounts(), argv0, currentUid());
    }

    private static Map<String, Object> exit() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", false);
        out.put("exit", 0);
        return out;
    }

    private static Map<String, Object> error(String message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", false);
        out.put("error", message);
        return out;
    }

    private static Map<String, Object> failure(ConfigException e) {
        if (e.crashType() == null) {
            return error(e.getMessage());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", false);
        out.put("crash", e.crashType() + ": " + e.getMessage());
        return out;
    }

    /** JSON plus newline, with the oracle's $HERE substitution applied to every string. */
    private static String render(Object result, Path config, Path cwd) {
        Path abs = cwd.toAbsolutePath().resolve(config).normalize();
        String here = abs.getParent() == null ? "/" : abs.getParent().toString();
        return JsonWriter.write(DumpNormaliser.normalise(result, here)) + "\n";
    }

    /** The real uid, from /proc (no native calls). */
    static int currentUid() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return Integer.parseInt(line.substring(4).strip().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return -1;
    }
}
