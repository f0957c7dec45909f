package dev.jsupervisor.e2e.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Our loader's view of a config, printed in exactly the JSON shape (and byte layout) that
 * {@code src-test/oracle/dump_config.py} prints for the reference, so the two can be compared
 * as strings. See src-test/oracle/README.md for the shape.
 */
public final class OurConfigDump {
    private OurConfigDump() {}

    /**
     * As {@code supervisord -c config extraArgs...} would read it.
     *
     * @param env the complete process environment (ENV_* expansions, HOME for "~", TMPDIR)
     * @param cwd the working directory relative paths resolve against
     */
    public static String dumpServer(Path config, List<String> extraArgs, Map<String, String> env, Path cwd) {
        throw new UnsupportedOperationException("stub");
    }

    /** As {@code supervisorctl -c config extraArgs...} would read it. */
    public static String dumpClient(Path config, List<String> extraArgs, Map<String, String> env, Path cwd) {
        throw new UnsupportedOperationException("stub");
    }
}
