package dev.jsupervisor.daemon;

import dev.jsupervisor.config.launch.StartupErrors;

/** Every text supervisord shows on its command line, in one place. */
final class Messages {
    private Messages() {}

    /** What -v / --version prints (the reference version this build imitates). */
    static final String VERSION = "4.2.5";

    /** pidproxy, on a signal it cannot pass on (the reference's words; printed on stdout). */
    static final String PIDPROXY_UNREADABLE = "Can't read child pidfile %s!";

    /** pidproxy, when kill(2) fails (the reference shows a Python traceback instead). */
    static final String PIDPROXY_KILL_FAILED = "pidproxy: cannot send %2$s to pid %1$d: %3$s";

    /** The daemon could not start for a reason that is not a usage error: one line, exit 1. */
    static String startupError(String message) {
        return "Error: " + oneLine(message) + "\n";
    }

    /** A failure of our own code: still one line, never a Java stack trace. */
    static String internalError(Throwable e) {
        String detail = e.getMessage() == null ? "" : ": " + oneLine(e.getMessage());
        return "Error: internal error (" + e.getClass().getSimpleName() + detail + ")\n";
    }

    /** Printed when running as root without -c, before the default locations are searched. */
    static String rootSearchWarning() {
        return "Warning: supervisord runs as root and will look for its configuration in the default"
                + " locations, the current directory among them; for safety, name the file with"
                + " -c and an absolute path.\n";
    }

    static String oneLine(String text) {
        return StartupErrors.oneLine(text);
    }

    /**
     * The -h text. Same options, order, spellings and metavariables as the reference's help,
     * described in our own words; {@code argv0} takes the place of the program name.
     */
    static String help(String argv0) {
        return "supervisord -- start a set of programs and keep them running as daemons.\n"
                + "\n"
                + "Usage: " + argv0 + " [options]\n"
                + "\n"
                + "Options:\n"
                + "-c/--configuration FILENAME -- the configuration file (looked for in the usual places if omitted)\n"
                + "-n/--nodaemon -- stay in the foreground (as 'nodaemon=true' in the file does)\n"
                + "-s/--silent -- do not copy log output to stdout (as 'silent=true' in the file does)\n"
                + "-h/--help -- show this text and exit (-? does the same)\n"
                + "-v/--version -- show the supervisord version and exit\n"
                + "-u/--user USER -- switch to this user name or numeric uid after starting\n"
                + "-m/--umask UMASK -- octal umask for the daemon and its programs (022 if not given)\n"
                + "-d/--directory DIRECTORY -- change into DIRECTORY when becoming a daemon\n"
                + "-l/--logfile FILENAME -- write the activity log to FILENAME\n"
                + "-y/--logfile_maxbytes BYTES -- rotate the activity log once it reaches BYTES\n"
                + "-z/--logfile_backups NUM -- how many rotated activity logs to keep\n"
                + "-e/--loglevel LEVEL -- activity log level (critical, error, warn, info, debug, trace, blather)\n"
                + "-j/--pidfile FILENAME -- record the daemon's process id in FILENAME\n"
                + "-i/--identifier STR -- a name that tells this supervisord instance apart from others\n"
                + "-q/--childlogdir DIRECTORY -- where automatically named program logs go\n"
                + "-k/--nocleanup -- keep the automatically named program logs left over from earlier\n"
                + "                  runs instead of deleting them at startup\n"
                + "-a/--minfds NUM -- refuse to start unless NUM file descriptors are available\n"
                + "-t/--strip_ansi -- remove ANSI escape sequences from program output\n"
                + "--minprocs NUM -- refuse to start unless NUM processes are available\n"
                + "--profile_options OPTIONS -- profiling report settings: a comma-separated list\n"
                + "                             of 'cumulative', 'calls' and/or 'callers'\n"
                + "\n";
    }
}
