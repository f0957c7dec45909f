package dev.jsupervisor.config.launch;

import dev.jsupervisor.config.load.ConfigException;

/**
 * How supervisord and supervisorctl report a bad command line or configuration before they do
 * anything else. The texts are the reference's (a two-line usage error, exit 2), except where the
 * reference dies with a Python traceback: there we print the exception's type and text as one
 * line (docs/compatibility.md).
 */
public final class StartupErrors {
    /** A startup failure that is not a usage error. */
    public static final int FAILED = 1;
    /** A usage or configuration error, as the reference's getopt/config handling exits. */
    public static final int USAGE = 2;

    private StartupErrors() {}

    /** {@code Error: <message>} and {@code For help, use <argv0> -h}; returns {@link #USAGE}. */
    public static int usage(Console console, Invocation invocation, String message) {
        console.printError("Error: " + message + "\n" + "For help, use " + invocation.argv0() + " -h\n");
        return USAGE;
    }

    /** A config that does not load: the usage error, or one line where the reference would crash. */
    public static int configError(Console console, Invocation invocation, ConfigException e) {
        if (e.crashType() != null) {
            console.printError(crash(e.crashType(), e.getMessage()));
            return FAILED;
        }
        return usage(console, invocation, e.getMessage());
    }

    /** One line standing in for a traceback: the exception's type and its text on one line. */
    public static String crash(String pythonType, String message) {
        return "Error: " + pythonType + ": " + oneLine(message) + "\n";
    }

    /** Line breaks turned into blanks, so an error is always a single line. */
    public static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
