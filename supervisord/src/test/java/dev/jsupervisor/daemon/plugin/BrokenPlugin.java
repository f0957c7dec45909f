package dev.jsupervisor.daemon.plugin;

import java.util.List;
import java.util.Map;

/** A test plugin whose factory refuses its options. */
public final class BrokenPlugin implements RpcInterfacePlugin {
    @Override
    public String spec() {
        return "java:broken";
    }

    @Override
    public List<PluginMethod> methods(Map<String, String> options, PluginHost host) {
        throw new IllegalArgumentException("no url= given");
    }
}
