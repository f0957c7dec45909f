package dev.jsupervisor.config.load;

import dev.jsupervisor.config.model.EventListenerPoolConfig;
import dev.jsupervisor.config.model.PluginConfig;
import java.util.Set;

/**
 * Decides whether a factory spec ({@code module:callable}) names something we can load. The
 * reference imports Python entry points; we know the built-in ones only. This is the seam where
 * Java plugins plug in: supervisord and supervisorctl pass a resolver that also knows them.
 */
@FunctionalInterface
public interface PluginResolver {
    boolean resolves(String spec);

    /** Whether {@code spec} resolves as the factory of {@code section}; by default whatever the section. */
    default boolean resolves(String spec, String section) {
        return resolves(spec);
    }

    /**
     * The one-line error for a spec that does not resolve; by default the reference's
     * "<spec> cannot be resolved within [<section>]". A resolver that knows more (a Java class
     * that exists but is not a plugin) may say so.
     */
    default String unresolved(String spec, String section) {
        return Messages.unresolvable(spec, section);
    }

    /** supervisorctl's own command set, which users sometimes name in [ctlplugin:x]. */
    String DEFAULT_CONTROLLER_PLUGIN = "supervisor.supervisorctl:DefaultControllerPlugin";

    /** The built-in rpcinterface, the default listener result handler, the default ctl plugin. */
    Set<String> BUILTIN_SPECS = Set.of(PluginConfig.MAIN_RPCINTERFACE,
            EventListenerPoolConfig.DEFAULT_RESULT_HANDLER, DEFAULT_CONTROLLER_PLUGIN);

    static PluginResolver builtins() {
        return spec -> BUILTIN_SPECS.contains(spec.strip());
    }
}
