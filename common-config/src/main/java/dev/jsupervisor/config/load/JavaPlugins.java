package dev.jsupervisor.config.load;

import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Finding Java plugins named {@code java:<class>} in a config: through {@link ServiceLoader}, so
 * a plugin jar on the class path declares what it offers in {@code META-INF/services}. Shared by
 * supervisord's and supervisorctl's plugin points.
 */
public final class JavaPlugins {
    /** The prefix that marks a factory spec as a Java class rather than a Python entry point. */
    public static final String PREFIX = "java:";

    private JavaPlugins() {}

    /** The registered implementation of {@code type} whose spec is {@code spec}. */
    public static <T> Optional<T> find(Class<T> type, String spec, Function<T, String> specOf) {
        String wanted = spec.strip();
        for (T plugin : ServiceLoader.load(type)) {
            if (specOf.apply(plugin).equals(wanted)) {
                return Optional.of(plugin);
            }
        }
        return Optional.empty();
    }

    /**
     * The error for a spec no plugin answers: the reference's "cannot be resolved" line, with the
     * reason added when the spec names a Java class that exists but is not a registered plugin.
     */
    public static String unresolved(String spec, String section, Class<?> type) {
        String plain = Messages.unresolvable(spec, section);
        String name = spec.strip();
        if (!name.startsWith(PREFIX) || !classExists(name.substring(PREFIX.length()))) {
            return plain;
        }
        return plain + Messages.notARegisteredPlugin(name.substring(PREFIX.length()), type.getName());
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name, false, JavaPlugins.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
