package dev.jsupervisor.daemon.plugin;

import dev.jsupervisor.xmlrpc.FaultException;
import java.util.List;
import java.util.Map;

/** A test [rpcinterface:x] plugin, registered in the test resources' META-INF/services. */
public final class EchoPlugin implements RpcInterfacePlugin {
    @Override
    public List<PluginMethod> methods(Map<String, String> options, PluginHost host) {
        return List.of(
                new PluginMethod("echo", 1, 1, "Answers its argument.", List.of("string", "string"),
                        args -> args.get(0)),
                PluginMethod.of("greeting", 0, "The section's greeting= option.", args -> options.get("greeting")),
                PluginMethod.of("state", 0, "supervisor.getState, through the host.",
                        args -> host.call("supervisor.getState")),
                PluginMethod.of("fail", 0, "", args -> {
                    throw new FaultException(99, "NOPE");
                }));
    }
}
