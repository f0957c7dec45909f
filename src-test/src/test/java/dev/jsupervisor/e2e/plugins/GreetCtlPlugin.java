package dev.jsupervisor.e2e.plugins;

import dev.jsupervisor.ctl.plugin.ControllerAction;
import dev.jsupervisor.ctl.plugin.ControllerHost;
import dev.jsupervisor.ctl.plugin.ControllerPlugin;
import java.util.List;
import java.util.Map;

/** Packed into a plugin jar by {@link PluginJarTest}: supervisorctl actions calling the rpc plugin. */
public final class GreetCtlPlugin implements ControllerPlugin {
    @Override
    public List<ControllerAction> actions(Map<String, String> options, ControllerHost host) {
        return List.of(
                new ControllerAction("greet", "greet <name>\tAsk the server's acme.echo to greet",
                        arg -> host.output(String.valueOf(host.call("acme.echo", arg)))),
                new ControllerAction("acmemethods", "acmemethods\tList the acme.* methods", arg -> {
                    for (Object name : (Object[]) toArray(host.call("system.listMethods"))) {
                        if (String.valueOf(name).startsWith("acme.")) {
                            host.output(String.valueOf(name));
                        }
                    }
                }));
    }

    private static Object[] toArray(Object list) {
        return list instanceof List<?> l ? l.toArray() : (Object[]) list;
    }
}
