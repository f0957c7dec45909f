package dev.jsupervisor.e2e.plugins;

import dev.jsupervisor.daemon.plugin.PluginHost;
import dev.jsupervisor.daemon.plugin.PluginMethod;
import dev.jsupervisor.daemon.plugin.RpcInterfacePlugin;
import java.util.List;
import java.util.Map;

/** Packed into a plugin jar by {@link PluginJarTest}; not registered for this module's own class path. */
public final class EchoRpcPlugin implements RpcInterfacePlugin {
    @Override
    public List<PluginMethod> methods(Map<String, String> options, PluginHost host) {
        return List.of(
                new PluginMethod("echo", 1, 1, "Answers its argument.", List.of("string", "string"),
                        args -> options.get("prefix") + args.get(0)),
                PluginMethod.of("pid", 0, "supervisord's pid, through the host.",
                        args -> host.call("supervisor.getPID")));
    }
}
