package dev.jsupervisor.config.load;

import dev.jsupervisor.config.value.Accounts;
import dev.jsupervisor.config.value.PathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a config load depends on besides the file itself. Passed in rather than read from
 * the JVM so that reloads see the environment supervisord started with and tests are repeatable.
 *
 * @param env        the process environment (ENV_* expansions, HOME for "~")
 * @param cwd        absolute working directory relative paths resolve against
 * @param hostname   what %(host_node_name)s expands to
 * @param accounts   user and group lookups
 * @param argv0      the program as invoked (the default config search starts next to it)
 * @param currentUid the uid we run as (fcgi socket ownership compares against it)
 * @param tempDir    the default childlogdir
 */
public record LoadContext(Map<String, String> env, String cwd, String hostname, Accounts accounts,
                          String argv0, int currentUid, String tempDir) {

    public LoadContext {
        env = Map.copyOf(env);
    }

    /** A context whose temp directory is chosen from {@code env} as the reference chooses it. */
    public static LoadContext of(Map<String, String> env, String cwd, String hostname,
                                 Accounts accounts, String argv0, int currentUid) {
        return new LoadContext(env, cwd, hostname, accounts, argv0, currentUid, defaultTempDir(env, cwd));
    }

    /** How "~" and relative paths resolve for this context. */
    public PathContext paths() {
        return new PathContext(cwd, env.get("HOME"));
    }

    /**
     * Python's tempfile.gettempdir(): TMPDIR, TEMP, TMP, then /tmp, /var/tmp, /usr/tmp, then the
     * working directory; the first usable directory wins.
     */
    static String defaultTempDir(Map<String, String> env, String cwd) {
        List<String> candidates = new ArrayList<>();
        for (String name : List.of("TMPDIR", "TEMP", "TMP")) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                candidates.add(value);
            }
        }
        candidates.addAll(List.of("/tmp", "/var/tmp", "/usr/tmp"));
        for (String candidate : candidates) {
            Path dir = Path.of(cwd).resolve(candidate).normalize();
            if (Files.isDirectory(dir) && Files.isWritable(dir)) {
                return dir.toString();
            }
        }
        return cwd;
    }
}
