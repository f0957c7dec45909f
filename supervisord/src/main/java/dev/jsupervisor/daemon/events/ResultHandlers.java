package dev.jsupervisor.daemon.events;

import dev.jsupervisor.config.load.PluginResolver;
import java.util.Optional;
import java.util.ServiceLoader;

/** The built-in default handler plus every {@link ResultHandler} on the class path, by spec. */
public final class ResultHandlers {
    private ResultHandlers() {}

    public static Optional<ResultHandler> find(String spec) {
        String wanted = spec.strip();
        DefaultResultHandler builtin = new DefaultResultHandler();
        if (builtin.spec().equals(wanted)) {
            return Optional.of(builtin);
        }
        for (ResultHandler handler : ServiceLoader.load(ResultHandler.class)) {
            if (handler.spec().equals(wanted)) {
                return Optional.of(handler);
            }
        }
        return Optional.empty();
    }

    /**
     * What the config loader accepts as a factory spec: the built-in ones, and the spec of every
     * Java result handler on the class path. A Python callable other than the default handler is
     * refused with the reference's "cannot be resolved" line.
     */
    public static PluginResolver resolver() {
        PluginResolver builtins = PluginResolver.builtins();
        return spec -> builtins.resolves(spec) || find(spec).isPresent();
    }
}
