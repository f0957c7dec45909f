package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.config.value.PyRepr;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Every text the daemon loop shows: activity-log lines (spec section 5; the reference's wording)
 * and our own startup diagnostics (no reference counterpart; plain one-liners, never traces).
 */
final class Messages {
    private Messages() {}

    // ---- activity-log lines of the reference ------------------------------------------------

    static String startedWithPid(int pid) {
        return "supervisord started with pid " + pid;
    }

    static String couldNotWritePidfile(String path) {
        return "could not write pidfile " + path;
    }

    static final String DAEMONIZING = "daemonizing the supervisord process";

    static String currentDirectory(String directory) {
        return "set current directory: " + PyRepr.of(directory);
    }

    /** CRIT when the daemon's directory= could not be entered; the daemon carries on. */
    static String cannotChdir(String directory, String reason) {
        return "can't chdir into " + PyRepr.of(directory) + ": " + reason;
    }

    /** The part after the colon above, as Python's OSError prints itself. */
    static String osError(int errno, String strerror, String path) {
        return "[Errno " + errno + "] " + strerror + ": " + PyRepr.of(path);
    }

    /** WARN for TERM, INT (and QUIT, if the JVM ever let us have it). */
    static String exitRequest(String signalName) {
        return "received " + signalName + " indicating exit request";
    }

    static final String SIGHUP_RESTART = "received SIGHUP indicating restart request";
    static final String SIGHUP_IGNORED = "ignored SIGHUP indicating restart request (shutdown in progress)";
    static final String SIGUSR2_REOPEN = "received SIGUSR2 indicating log reopen request";
    static final String SIGCHLD_REAP = "received SIGCHLD indicating a child quit";

    static String unexpectedSignal(String name) {
        return "received " + name + " indicating nothing";
    }

    // ---- our own lines ----------------------------------------------------------------------

    /** CRIT after SIGHUP when the config no longer loads: we keep running (docs/compatibility.md). */
    static String reloadRefused(String error) {
        return "not restarting: the configuration cannot be loaded, so everything keeps running as"
                + " it is: " + error;
    }

    /** CRIT when a child log cannot be written any more (rotation failed); the pipe is closed. */
    static String childLogFailed(String processName, String channel, IOException e) {
        return "cannot write the " + channel + " log of " + processName + " (" + describe(e)
                + "); no longer reading that output";
    }

    /** spawnerr when a child log file cannot be opened before the spawn. */
    static String dispatcherFailure(String processName, IOException e) {
        return "unknown error making dispatchers for " + PyRepr.of(processName) + ": " + errnoName(e);
    }

    /** A startup file (main log, AUTO child log) could not be created; startup ends. */
    static String cannotCreate(String what, IOException e) {
        return "cannot create the " + what + ": " + describe(e);
    }

    static String daemonChildFailed(int status) {
        return "Error: the daemon process ended during startup (" + status + ") without saying why\n";
    }

    static String daemonNotReady(long seconds) {
        return "Error: the daemon process did not report that it started within " + seconds
                + " seconds; it was sent SIGTERM\n";
    }

    static String cannotStartDaemon(String reason) {
        return "Error: cannot start the daemon process: " + reason + "\n";
    }

    static final String READY = "READY";

    /** A short errno-like name for an I/O failure of java.nio.file. */
    static String errnoName(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "ENOENT";
        }
        if (e instanceof AccessDeniedException) {
            return "EACCES";
        }
        if (e instanceof NotDirectoryException) {
            return "ENOTDIR";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static String describe(IOException e) {
        if (e instanceof FileSystemException fse) {
            String reason = fse.getReason() != null ? fse.getReason() : errnoName(e);
            return fse.getFile() == null ? reason : fse.getFile() + ": " + reason;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
