package dev.jsupervisor.ctl.plugin;

import java.util.List;
import java.util.Map;

/** A test [ctlplugin:x] plugin, registered in the test resources' META-INF/services. */
public final class HelloPlugin implements ControllerPlugin {
    @Override
    public List<ControllerAction> actions(Map<String, String> options, ControllerHost host) {
        return List.of(
                new ControllerAction("hello", "hello <x>\tSay hello", arg -> host.output("hello " + arg + " "
                        + options.get("greeting"))),
                new ControllerAction("bye", "bye\tSay bye", arg -> {
                    host.output("bye");
                    host.setExitStatus(7);
                }),
                new ControllerAction("zz", null, arg -> host.output("zz")),
                new ControllerAction("status", "shadowed", arg -> host.output("never")),
                new ControllerAction("version2", "version2\tThe server's version",
                        arg -> host.output(String.valueOf(host.call("supervisor.getSupervisorVersion")))));
    }
}
