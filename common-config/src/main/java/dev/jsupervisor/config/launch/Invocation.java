package dev.jsupervisor.config.launch;

import dev.jsupervisor.config.load.LoadContext;
import dev.jsupervisor.config.value.Accounts;
import dev.jsupervisor.config.value.SystemAccounts;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The facts about how supervisord or supervisorctl was started that the reference reads from its process: the
 * name it was invoked as (sys.argv[0]), the environment, the working directory, the host name
 * (platform.node()), the real uid and the account database. Tests build one by hand.
 */
public record Invocation(String argv0, Map<String, String> env, String cwd, String hostname, int uid, Accounts accounts) {
    /** System property set by the launcher to the path it was invoked as. */
    public static final String ARGV0_PROPERTY = "jsupervisor.argv0";
    /** System property set by the launcher to the installation directory. */
    public static final String HOME_PROPERTY = "jsupervisor.home";

    public Invocation {
        env = Map.copyOf(env);
    }

    /** This JVM's invocation. */
    public static Invocation current(String tool) {
        return new Invocation(argv0For(tool), PythonLocale.coerce(System.getenv()), System.getProperty("user.dir"),
                kernelHostname(), realUid(), new SystemAccounts());
    }

    /** What the config loader needs to know about this invocation. */
    public LoadContext loadContext() {
        return LoadContext.of(env, cwd, hostname, accounts, argv0, uid);
    }

    public boolean isRoot() {
        return uid == 0;
    }

    /** The launcher's argv0; without a launcher, the tool as it would sit in the install's bin/. */
    public static String argv0For(String tool) {
        String argv0 = System.getProperty(ARGV0_PROPERTY);
        if (argv0 != null && !argv0.isEmpty()) {
            return argv0;
        }
        String home = System.getProperty(HOME_PROPERTY);
        return home == null || home.isEmpty() ? tool : Path.of(home, "bin", tool).toString();
    }

    /** The kernel's node name, as Python's platform.node() reports it. */
    public static String kernelHostname() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            return fallbackHostname();
        }
    }

    private static String fallbackHostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The real uid (Python's os.getuid()), from /proc; -1 when it cannot be told. */
    public static int realUid() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("Uid:")) {
                    return Integer.parseInt(line.substring(4).strip().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return -1;
    }
}
