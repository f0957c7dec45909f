package dev.jsupervisor.config.model;

/** {@code [supervisorctl]} as the file says (before command-line overrides). */
public record SupervisorctlConfig(
        String serverurl,     // serverurl: http://localhost:9001 (unix:// paths normalized)
        String username,      // username: none
        String password,      // password: none
        String prompt,        // prompt: supervisor
        String historyFile) { // history_file: none (normalized path)

    public static final String DEFAULT_SERVERURL = "http://localhost:9001";
    public static final String DEFAULT_PROMPT = "supervisor";

    /** What supervisorctl uses when no config file exists at all. */
    public static SupervisorctlConfig defaults() {
        return new SupervisorctlConfig(DEFAULT_SERVERURL, null, null, DEFAULT_PROMPT, null);
    }
}
