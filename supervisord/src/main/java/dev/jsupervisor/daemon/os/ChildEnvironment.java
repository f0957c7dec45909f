package dev.jsupervisor.daemon.os;

import dev.jsupervisor.config.model.ProcessConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment a child starts with (spec section 1.6), built in the reference's order:
 * supervisord's own environment, then SUPERVISOR_ENABLED, SUPERVISOR_SERVER_URL,
 * SUPERVISOR_PROCESS_NAME and SUPERVISOR_GROUP_NAME, then the merged [supervisord]+program
 * environment= last, so that it can override even the SUPERVISOR_* variables. USER, HOME, PATH
 * and friends are left alone for user= (as the reference leaves them).
 */
public final class ChildEnvironment {
    private final Map<String, String> daemonEnvironment;
    private final String fallbackServerUrl;

    /**
     * @param daemonEnvironment supervisord's environment (System.getenv() at startup)
     * @param fallbackServerUrl the URL derived from the configured HTTP servers ("unix://..." or
     *                          "http://host:port"), or null when there is no server
     */
    public ChildEnvironment(Map<String, String> daemonEnvironment, String fallbackServerUrl) {
        this.daemonEnvironment = Map.copyOf(daemonEnvironment);
        this.fallbackServerUrl = fallbackServerUrl;
    }

    /** The variables as a map (insertion-ordered, for inspection and tests). */
    public Map<String, String> build(ProcessConfig process, String groupName) {
        Map<String, String> env = new LinkedHashMap<>(daemonEnvironment);
        env.put("SUPERVISOR_ENABLED", "1");
        String serverUrl = process.serverurl() != null ? process.serverurl() : fallbackServerUrl;
        if (serverUrl != null && !serverUrl.isEmpty()) {
            env.put("SUPERVISOR_SERVER_URL", serverUrl);
        }
        env.put("SUPERVISOR_PROCESS_NAME", process.name());
        if (groupName != null) {
            env.put("SUPERVISOR_GROUP_NAME", groupName);
        }
        if (process.environment() != null) {
            env.putAll(process.environment());
        }
        return env;
    }

    /** The same variables as the "KEY=value" strings execve takes. */
    public static List<String> envp(Map<String, String> env) {
        List<String> entries = new ArrayList<>(env.size());
        env.forEach((key, value) -> entries.add(key + "=" + value));
        return entries;
    }
}
