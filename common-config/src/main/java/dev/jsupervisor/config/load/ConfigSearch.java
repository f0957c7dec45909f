package dev.jsupervisor.config.load;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/** Where supervisord and supervisorctl look for a config file when -c is not given. */
public final class ConfigSearch {
    private ConfigSearch() {}

    /** The search order: next to the executable's parent directory, then CWD, then /etc. */
    public static List<String> candidates(String argv0) {
        String prefix = ConfigFiles.dirname(ConfigFiles.dirname(argv0));
        return List.of(
                ConfigFiles.join(ConfigFiles.join(prefix, "etc"), "supervisord.conf"),
                ConfigFiles.join(prefix, "supervisord.conf"),
                "supervisord.conf",
                "etc/supervisord.conf",
                "/etc/supervisord.conf",
                "/etc/supervisor/supervisord.conf");
    }

    /** The first candidate that exists (relative ones against the context's cwd). */
    public static Optional<String> find(LoadContext ctx) {
        for (String candidate : candidates(ctx.argv0())) {
            if (Files.exists(ConfigFiles.resolve(ctx.cwd(), candidate))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** As supervisord needs it: a file must exist, else the reference's usage error. */
    public static String require(LoadContext ctx) throws ConfigException {
        Optional<String> found = find(ctx);
        if (found.isEmpty()) {
            throw new ConfigException(Messages.noConfigFound(candidates(ctx.argv0())));
        }
        return found.get();
    }
}
