package dev.jsupervisor.daemon.log;

import dev.jsupervisor.config.value.PyRepr;

/** Every text the logging package writes for a user to read, in one place. */
public final class Messages {
    private Messages() {}

    /** INFO before each handler is reopened by clearLog (reference: once per handler). */
    public static final String REOPENING_LOG_FILE = "reopening log file";

    /** INFO written (to the old file) by a USR2 reopen, before the handlers reopen. */
    public static final String LOGREOPEN = "supervisord logreopen";

    /** WARN when childlogdir cannot be listed during AUTO cleanup. */
    public static final String COULD_NOT_CLEAR_CHILDLOG_DIR = "Could not clear childlog dir";

    /** WARN when one old AUTO log file cannot be removed; the path is shown as Python's repr. */
    public static String failedToCleanUp(String path) {
        return "Failed to clean up " + PyRepr.of(path);
    }

    /** DEBG echo of a child's output into the main log (loglevel debug or lower). */
    public static String childOutput(String processName, String channel, String text) {
        return PyRepr.of(processName) + " " + channel + " output:\n" + text;
    }

    /** What replaces child output that is not valid UTF-8 in the DEBG echo. */
    public static String undecodable(byte[] data) {
        return "Undecodable: " + BytesRepr.of(data);
    }

    /** DEBG after a capture block ended and its event was handed on. */
    public static String emittedCommEvent(String processName, String channel) {
        return PyRepr.of(processName) + " " + channel + " emitted a comm event";
    }

    /**
     * What goes to stderr when a log handler fails to write. The reference prints a Python
     * traceback there and carries on; one line is enough to say the same.
     */
    public static String handlerFailed(String target, Exception e) {
        return "supervisord: cannot write log " + target + ": " + e.getMessage() + "\n";
    }

    /** The errno text the reference shows when rotation asks a pipe or terminal for its size. */
    public static final String ILLEGAL_SEEK = "[Errno 29] Illegal seek";

    /** Streamed by /logtail and /mainlogtail when the followed file shrank. */
    public static final String FILE_TRUNCATED = "==> File truncated <==\n";
}
