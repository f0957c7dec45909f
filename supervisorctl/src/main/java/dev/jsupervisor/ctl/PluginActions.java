package dev.jsupervisor.ctl;

import dev.jsupervisor.config.load.PluginResolver;
import dev.jsupervisor.config.model.PluginConfig;
import dev.jsupervisor.ctl.plugin.ControllerAction;
import dev.jsupervisor.ctl.plugin.ControllerHost;
import dev.jsupervisor.ctl.plugin.ControllerPlugin;
import dev.jsupervisor.ctl.plugin.CtlPlugins;
import dev.jsupervisor.xmlrpc.FaultException;
import dev.jsupervisor.xmlrpc.TransportException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The actions of the Java [ctlplugin:x] plugins, one group per section in file order. */
final class PluginActions {
    /** One section's actions, listed by help under "name commands". */
    record Group(String name, List<ControllerAction> actions) {}

    /** A factory threw: supervisorctl reports it and does not run. */
    static final class SetupException extends Exception {
        private static final long serialVersionUID = 1L;

        SetupException(String message) {
            super(message);
        }
    }

    private PluginActions() {}

    /** Runs each plugin's factory; the reference's default controller named in a section adds nothing. */
    static List<Group> load(List<PluginConfig> sections, Controller ctl) throws SetupException {
        List<Group> groups = new ArrayList<>();
        ControllerHost host = host(ctl);
        for (PluginConfig section : sections) {
            if (section.factory().strip().equals(PluginResolver.DEFAULT_CONTROLLER_PLUGIN)) {
                continue;
            }
            ControllerPlugin plugin = CtlPlugins.find(section.factory()).orElseThrow(
                    () -> new SetupException(Messages.couldNotMakePlugin(section.name(), "not registered")));
            groups.add(new Group(section.name(), make(plugin, section, host)));
        }
        return List.copyOf(groups);
    }

    private static List<ControllerAction> make(ControllerPlugin plugin, PluginConfig section, ControllerHost host)
            throws SetupException {
        try {
            List<ControllerAction> made = plugin.actions(section.extras(), host);
            return made == null ? List.of() : List.copyOf(made);
        } catch (Exception | LinkageError e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new SetupException(Messages.couldNotMakePlugin(section.name(), detail));
        }
    }

    private static ControllerHost host(Controller ctl) {
        return new ControllerHost() {
            @Override
            public Object call(String method, Object... params) throws FaultException, TransportException {
                return ctl.call(method, params);
            }

            @Override
            public void output(String line) {
                ctl.output(line);
            }

            @Override
            public void setExitStatus(int status) {
                ctl.setExitStatus(status);
            }

            @Override
            public String serverUrl() {
                return ctl.serverUrl();
            }
        };
    }

    /** A plugin's LinkageError or AssertionError is reported as its exceptions are, not a crash. */
    private static Action guarded(ControllerAction.Body body) {
        return arg -> {
            try {
                body.run(arg);
            } catch (LinkageError | AssertionError e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The action words for completion: each plugin's sorted, plugins in file order. */
    static List<String> names(List<Group> groups) {
        List<String> names = new ArrayList<>();
        for (Group group : groups) {
            group.actions().stream().map(ControllerAction::name).sorted().forEach(names::add);
        }
        return names;
    }

    /** Adds every plugin action whose name is still free (built-ins and earlier plugins win). */
    static void register(List<Group> groups, Map<String, Action> actions) {
        for (Group group : groups) {
            for (ControllerAction action : group.actions()) {
                actions.putIfAbsent(action.name(), guarded(action.body()));
            }
        }
    }
}
