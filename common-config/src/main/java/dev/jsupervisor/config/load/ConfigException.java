package dev.jsupervisor.config.load;

/**
 * The config cannot be used. The message is the reference's text, which supervisord prints after
 * "Error: " (exit 2) and which reloads return inside a CANT_REREAD fault.
 *
 * <p>{@link #crashType()} is non-null for the few inputs on which the reference does not report
 * an error but dies with an uncaught Python exception (supervisorctl reading unparseable INI
 * text); it names that exception so callers can mimic the traceback's last line.
 */
public final class ConfigException extends Exception {
    private final String crashType;

    public ConfigException(String message) {
        this(message, null);
    }

    private ConfigException(String message, String crashType) {
        super(message);
        this.crashType = crashType;
    }

    /** An error the reference does not catch (it prints a traceback ending "type: message"). */
    public static ConfigException crash(String pythonType, String message) {
        return new ConfigException(message, pythonType);
    }

    public String crashType() { return crashType; }
}
