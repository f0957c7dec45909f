package dev.jsupervisor.config.value;

/** autorestart= values. */
public enum RestartPolicy {
    NEVER("false"), UNEXPECTED("unexpected"), ALWAYS("true");

    private final String configText;

    RestartPolicy(String configText) { this.configText = configText; }

    /** How the option is spelled in a config file. */
    public String configText() { return configText; }
}
