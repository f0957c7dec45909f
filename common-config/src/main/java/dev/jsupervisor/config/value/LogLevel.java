package dev.jsupervisor.config.value;

/** The seven main-log levels with the reference's numeric codes and four-letter names. */
public enum LogLevel {
    CRIT(50, "critical"), ERRO(40, "error"), WARN(30, "warn"), INFO(20, "info"),
    DEBG(10, "debug"), TRAC(5, "trace"), BLAT(3, "blather");

    private final int code;
    private final String configName;

    LogLevel(int code, String configName) {
        this.code = code;
        this.configName = configName;
    }

    public int code() { return code; }

    /** The spelling used in config files and on the command line. */
    public String configName() { return configName; }
}
