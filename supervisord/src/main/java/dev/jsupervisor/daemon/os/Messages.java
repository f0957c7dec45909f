package dev.jsupervisor.daemon.os;

import dev.jsupervisor.config.value.PyRepr;

/**
 * Every user-visible text of the OS boundary, in one place. The spawnerr texts and the privilege
 * and rlimit texts are the reference's (checked against the installed Supervisor 4.2.5); the
 * texts written by a failing child live in src/main/c/sv-exec.c because the child writes them.
 */
public final class Messages {
    private Messages() {}

    // spawnerr texts (the process goes to BACKOFF without a child being created)

    public static String cannotParseCommand(String command, String error) {
        return "can't parse command " + PyRepr.of(command) + ": " + error;
    }

    public static final String COMMAND_IS_EMPTY = "command is empty";

    public static String cannotFindCommand(String filename) {
        return "can't find command " + PyRepr.of(filename);
    }

    public static String commandIsDirectory(String filename) {
        return "command at " + PyRepr.of(filename) + " is a directory";
    }

    public static String commandNotExecutable(String filename) {
        return "command at " + PyRepr.of(filename) + " is not executable";
    }

    public static String noPermissionToRun(String filename) {
        return "no permission to run command " + PyRepr.of(filename);
    }

    /** Pipes could not be made (the reference's make_dispatchers failure). */
    public static String pipeFailure(String processName, java.io.IOException e) {
        // The JDK reports errno only as strerror text; EMFILE is the case the reference singles out.
        if ("Too many open files".equals(e.getMessage())) {
            return "too many open files to spawn '" + processName + "'";
        }
        return "unknown error making dispatchers for '" + processName + "': " + e.getMessage();
    }

    /** posix_spawn created no child (the reference's fork failure). */
    public static String spawnFailure(String processName, SpawnResult result) {
        if ("EAGAIN".equals(result.errnoName())) {
            return "Too many processes in process table to spawn '" + processName + "'";
        }
        return "unknown error during fork for '" + processName + "': " + result.errnoName();
    }

    // supervisord's own user= (options.drop_privileges)

    public static String cannotFindUid(int uid) {
        return "Can't find uid " + uid;
    }

    public static final String NONROOT_CANNOT_DROP = "Can't drop privilege as nonroot user";
    public static final String COULD_NOT_SET_GROUPS = "Could not set groups of effective user";
    public static final String COULD_NOT_SET_GID = "Could not set group id of effective user";

    public static String setUidSucceeded(int uid) {
        return "Set uid to user " + uid + " succeeded";
    }

    public static final String RUNNING_AS_ROOT = "Supervisor is running as root.  Privileges were not"
            + " dropped because no user is specified in the config file.  If you intend to run as"
            + " root, you can set user=root in the config file to avoid this message.";

    // rlimits (options.set_rlimits_or_exit)

    public static String increasedLimit(String name, long minimum) {
        return "Increased " + name + " limit to " + minimum;
    }

    public static String tooFewFds(long minimum, long hard) {
        return "The minimum number of file descriptors required to run this process is " + minimum
                + " as per the \"minfds\" command-line argument or config file setting. The current"
                + " environment will only allow you to open " + hard + " file descriptors.  Either"
                + " raise the number of usable file descriptors in your environment (see README.rst)"
                + " or lower the minfds setting in the config file to allow the process to start.";
    }

    public static String tooFewProcesses(long minimum, long hard) {
        return "The minimum number of available processes required to run this program is " + minimum
                + " as per the \"minprocs\" command-line argument or config file setting. The current"
                + " environment will only allow you to open " + hard + " processes.  Either raise"
                + " the number of usable processes in your environment (see README.rst) or lower the"
                + " minprocs setting in the config file to allow the program to start.";
    }

    // our own diagnostics (no reference counterpart)

    public static final String PIPE_FD_UNAVAILABLE = "cannot read the file descriptor of a JDK pipe:"
            + " the JVM must run with --add-exports java.base/sun.nio.ch=ALL-UNNAMED";

    public static String helperMissing(String need) {
        return "the exec helper sv-exec is missing, so " + need + " cannot be applied in the child"
                + " (set -Djsupervisor.execHelper or install libexec/sv-exec)";
    }
}
