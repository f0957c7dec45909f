package dev.jsupervisor.ctl.plugin;

import dev.jsupervisor.config.load.JavaPlugins;
import dev.jsupervisor.config.load.PluginResolver;
import java.util.Optional;

/**
 * supervisorctl's plugin point as the config loader sees it: an [ctlplugin:x] factory resolves
 * when it is the reference's default controller (our built-in actions) or a registered
 * {@link ControllerPlugin}; a Python entry point fails the load with the reference's line.
 */
public final class CtlPlugins {
    private CtlPlugins() {}

    public static PluginResolver resolver() {
        PluginResolver builtins = PluginResolver.builtins();
        return new PluginResolver() {
            @Override
            public boolean resolves(String spec) {
                return isDefault(spec) || find(spec).isPresent();
            }

            @Override
            public String unresolved(String spec, String section) {
                return JavaPlugins.unresolved(spec, section, ControllerPlugin.class);
            }

            private boolean isDefault(String spec) {
                return spec.strip().equals(PluginResolver.DEFAULT_CONTROLLER_PLUGIN) && builtins.resolves(spec);
            }
        };
    }

    public static Optional<ControllerPlugin> find(String spec) {
        return JavaPlugins.find(ControllerPlugin.class, spec, ControllerPlugin::spec);
    }
}
