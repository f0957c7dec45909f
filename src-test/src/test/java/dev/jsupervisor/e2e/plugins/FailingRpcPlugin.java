package dev.jsupervisor.e2e.plugins;

import dev.jsupervisor.daemon.plugin.PluginHost;
import dev.jsupervisor.daemon.plugin.PluginMethod;
import dev.jsupervisor.daemon.plugin.RpcInterfacePlugin;
import java.util.List;
import java.util.Map;

/** Packed into a plugin jar by {@link PluginJarTest}: a factory that refuses its options. */
public final class FailingRpcPlugin implements RpcInterfacePlugin {
    @Override
    public List<PluginMethod> methods(Map<String, String> options, PluginHost host) {
        throw new IllegalArgumentException("no url= given");
    }
}
