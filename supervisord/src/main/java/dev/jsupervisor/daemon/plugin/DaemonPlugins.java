package dev.jsupervisor.daemon.plugin;

import dev.jsupervisor.config.load.JavaPlugins;
import dev.jsupervisor.config.load.PluginResolver;
import dev.jsupervisor.config.model.PluginConfig;
import dev.jsupervisor.daemon.events.ResultHandler;
import dev.jsupervisor.daemon.events.ResultHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * supervisord's plugin points as the config loader sees them: an [rpcinterface:x] factory
 * resolves when it is the built-in main interface or a registered {@link RpcInterfacePlugin};
 * an [eventlistener:x] result_handler when it is the default or a registered
 * {@link ResultHandler}. Anything else (every Python entry point) fails the load.
 */
public final class DaemonPlugins {
    private static final String RPC_SECTION = "rpcinterface:";

    private DaemonPlugins() {}

    public static PluginResolver resolver() {
        PluginResolver builtins = PluginResolver.builtins();
        return new PluginResolver() {
            @Override
            public boolean resolves(String spec) {
                return builtins.resolves(spec) || ResultHandlers.find(spec).isPresent() || findRpc(spec).isPresent();
            }

            @Override
            public boolean resolves(String spec, String section) {
                if (section.startsWith(RPC_SECTION)) {
                    return isMain(spec) || findRpc(spec).isPresent();
                }
                return ResultHandlers.find(spec).isPresent();
            }

            @Override
            public String unresolved(String spec, String section) {
                Class<?> type = section.startsWith(RPC_SECTION) ? RpcInterfacePlugin.class : ResultHandler.class;
                return JavaPlugins.unresolved(spec, section, type);
            }
        };
    }

    public static Optional<RpcInterfacePlugin> findRpc(String spec) {
        return JavaPlugins.find(RpcInterfacePlugin.class, spec, RpcInterfacePlugin::spec);
    }

    /** A configured plugin namespace: the section's name, its plugin and its other keys. */
    public record Namespace(String name, RpcInterfacePlugin plugin, java.util.Map<String, String> options) {}

    /**
     * The Java namespaces of the [rpcinterface:x] sections, in file order (the built-in main
     * interface is always loaded as "supervisor" and is not among them).
     *
     * @throws IllegalArgumentException when a factory is no longer registered (cannot happen
     *                                  after a successful load)
     */
    public static List<Namespace> namespaces(List<PluginConfig> sections) {
        List<Namespace> found = new ArrayList<>();
        for (PluginConfig section : sections) {
            if (isMain(section.factory())) {
                continue;
            }
            RpcInterfacePlugin plugin = findRpc(section.factory()).orElseThrow(
                    () -> new IllegalArgumentException(section.factory()));
            found.add(new Namespace(section.name(), plugin, section.extras()));
        }
        return found;
    }

    private static boolean isMain(String spec) {
        return spec.strip().equals(PluginConfig.MAIN_RPCINTERFACE);
    }
}
