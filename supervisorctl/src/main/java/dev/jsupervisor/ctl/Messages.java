package dev.jsupervisor.ctl;

import dev.jsupervisor.config.launch.StartupErrors;

/** Every text supervisorctl shows before it talks to a server, in one place. */
final class Messages {
    /** The one prose line of the help texts, in our own words (the layout around it is the reference's). */
    static final String RESTART_NOTE = "Note: restart keeps the running configuration; to pick up edited config files, use reread and update.";

    private Messages() {}

    /** A failure of our own code: still one line, never a Java stack trace. */
    static String internalError(Throwable e) {
        String detail = e.getMessage() == null ? "" : ": " + oneLine(e.getMessage());
        return "Error: internal error (" + e.getClass().getSimpleName() + detail + ")\n";
    }

    // ---- texts of the actions (one-shot and shell) ----

    static final String UNKNOWN_SYNTAX = "*** Unknown syntax: %s";
    static final String NO_HELP = "*** No help on %s";
    static final String AUTH_REQUIRED = "Server requires authentication";
    static final String REFUSED = "%s refused connection";
    static final String NO_SUCH_FILE = "%s no such file";
    static final String API_MISMATCH = "Sorry, this version of supervisorctl expects to talk to a server with "
            + "API version %s, but the remote version is %s.";
    static final String NO_SUPERVISOR_NAMESPACE = "Sorry, supervisord responded but did not recognize the "
            + "supervisor namespace commands that supervisorctl uses to control it.  Please check that the "
            + "[rpcinterface:supervisor] section is enabled in the configuration file (see sample.conf).";
    static final String ERROR_RESULT = "%s: ERROR (%s)";
    static final String NO_SUCH_GROUP = "%s: ERROR (no such group)";
    static final String NO_SUCH_PROCESS = "%s: ERROR (no such process)";
    static final String PID_NO_SUCH_PROCESS = "No such process %s";
    static final String REQUIRES_NAME = "Error: %s requires a process name";
    static final String SIGNAL_ARGS = "Error: signal requires a signal name and a process name";
    static final String NO_ARGUMENTS = "Error: %s accepts no arguments";
    static final String TOO_FEW = "Error: too few arguments";
    static final String TOO_MANY = "Error: too many arguments";
    static final String BAD_CHANNEL = "Error: bad channel %s";
    static final String TAIL_NEEDS_NAME = "Error: tail requires process name";
    static final String BAD_ARGUMENT = "Error: bad argument %s";
    static final String PRESS_CTRL_C = "==> Press Ctrl-C to exit <==";
    static final String CANNOT_READ = "Cannot read, status code %s";
    static final String ALREADY_SHUTTING_DOWN = "ERROR: already shutting down";
    static final String SHUTTING_DOWN = "ERROR: shutting down";
    static final String SUPERVISOR_SHUTTING_DOWN = "ERROR: supervisor shutting down";
    static final String SHUTDOWN_REFUSED = "ERROR: %s refused connection (already shut down?)";
    static final String SHUTDOWN_NO_FILE = "ERROR: %s no such file (already shut down?)";
    static final String SHUT_DOWN = "Shut down";
    static final String RESTARTED = "Restarted supervisord";
    static final String REALLY_SHUTDOWN = "Really shut the remote supervisord process down y/N? ";
    static final String REALLY_RELOAD = "Really restart the remote supervisord process y/N? ";
    static final String NO_CONFIG_UPDATES = "No config updates to processes";
    static final String FAULT_TEXT = "ERROR: %s";
    static final String GROUP_ACTIVE = "ERROR: process group already active";
    static final String NO_SUCH_PROCESS_GROUP = "ERROR: no such process/group: %s";
    static final String STILL_RUNNING = "ERROR: process/group still running: %s";
    static final String UPDATE_NO_SUCH_GROUP = "ERROR: no such group: %s";
    static final String HAS_PROBLEMS = "has problems; not removing";
    static final String BAD_URL = "ERROR: url must be http:// or unix://";
    static final String FG_NO_NAME = "ERROR: no process name supplied";
    static final String FG_TOO_MANY = "ERROR: too many process names supplied";
    static final String FG_BAD_NAME = "ERROR: bad process name supplied";
    static final String FG_NOT_RUNNING = "ERROR: process not running";
    static final String FG_KILLED = "Process got killed";
    static final String FG_EXITING = "Exiting foreground";
    static final String USERNAME_PROMPT = "Username:";
    static final String PASSWORD_PROMPT = "Password:";
    /** getpass's texts when it cannot turn echo off (no terminal to read the password from). */
    static final String GETPASS_WARNING = "/usr/lib/python3.11/getpass.py:91: GetPassWarning: Can not control echo "
            + "on the terminal.\n  passwd = fallback_getpass(prompt, stream)\nWarning: Password input may be echoed.\n";

    /** The reference's line for an exception it did not expect: Python type, text, and where it was raised. */
    static String pythonError(String type, String text, String file, int line) {
        return "error: <class '" + type + "'>, " + text + ": file: " + file + " line: " + line;
    }

    /** The `help` listing: a blank line, the header, its ruler, the actions in columns, a blank line. */
    static final String ACTION_LIST = "\n"
            + "default commands (type help <topic>):\n"
            + "=====================================\n"
            + "add    exit      open  reload  restart   start   tail   \n"
            + "avail  fg        pid   remove  shutdown  status  update \n"
            + "clear  maintail  quit  reread  signal    stop    version\n"
            + "\n";

    /**
     * `help <action>`: the usage forms and their tab layout are the reference's (scripts and eyes rely
     * on them); every description after the tabs is in our own words.
     */
    static final java.util.Map<String, String> ACTION_HELP = java.util.Map.ofEntries(
            java.util.Map.entry("help", "help\t\tList the actions this shell understands\n"
                    + "help <action>\tExplain how to use one <action>"),
            java.util.Map.entry("tail", "tail [-f] <name> [stdout|stderr] (default stdout)\nEx:\n"
                    + "tail -f <name>\t\tFollow the program's stdout as it grows\n"
                    + "\t\t\tuntil Ctrl-C is pressed.\n"
                    + "tail -100 <name>\tshow the final 100 *bytes* of its stdout\n"
                    + "tail <name> stderr\tshow the final 1600 *bytes* of its stderr"),
            java.util.Map.entry("maintail", "maintail -f \tFollow supervisord's own log as it grows (stop with Ctrl-C)\n"
                    + "maintail -100\tshow the final 100 *bytes* of supervisord's own log\n"
                    + "maintail\tshow the final 1600 *bytes* of supervisord's own log\n"),
            java.util.Map.entry("quit", "quit\tLeave this interactive shell."),
            java.util.Map.entry("exit", "exit\tLeave this interactive shell."),
            java.util.Map.entry("status", "status <name>\t\tShow the state of one process\n"
                    + "status <gname>:*\tShow the state of every process of a group\n"
                    + "status <name> <name>\tShow the state of each process named\n"
                    + "status\t\t\tShow the state of every process"),
            java.util.Map.entry("pid", "pid\t\t\tPrint the process id of supervisord itself.\n"
                    + "pid <name>\t\tPrint the process id of the child called <name>.\n"
                    + "pid all\t\t\tPrint each child's process id, a line per child."),
            java.util.Map.entry("start", groupForms("start", "Start", "\t\t")),
            java.util.Map.entry("stop", groupForms("stop", "Stop", "\t\t")),
            java.util.Map.entry("signal", "signal <signal name> <name>\t\tSend the signal to one process\n"
                    + "signal <signal name> <gname>:*\t\tSend the signal to every process of a group\n"
                    + "signal <signal name> <name> <name>\tSend the signal to several processes or groups\n"
                    + "signal <signal name> all\t\tSend the signal to every process"),
            java.util.Map.entry("restart", groupForms("restart", "Restart", "\t") + "\n"
                    + Messages.RESTART_NOTE),
            java.util.Map.entry("shutdown", "shutdown \tAsk the remote supervisord to exit."),
            java.util.Map.entry("reload", "reload \t\tHave the remote supervisord restart itself."),
            java.util.Map.entry("avail", "avail\t\t\tList every process the configuration defines"),
            java.util.Map.entry("reread", "reread \t\t\tRead the config files again, but add or remove nothing yet"),
            java.util.Map.entry("add", "add <name> [...]\tBring in the config changes of a process/group"),
            java.util.Map.entry("remove", "remove <name> [...]\tTake a process/group out of the running setup"),
            java.util.Map.entry("update", "update\t\t\t" + Messages.UPDATE_WHAT + "\nupdate all\t\t" + Messages.UPDATE_WHAT + "\n"
                    + "update <gname> [...]\tApply the config changes to the named groups only"),
            java.util.Map.entry("clear", "clear <name>\t\tEmpty the log files of one process.\n"
                    + "clear <name> <name>\tEmpty the log files of several processes\n"
                    + "clear all\t\tEmpty the log files of every process"),
            java.util.Map.entry("open", "open <url>\tAttach this shell to another supervisord.\n"
                    + "\t\t(a UNIX domain socket is given as unix:///socket/path)"),
            java.util.Map.entry("version", "version\t\t\tPrint which version the remote supervisord runs"),
            java.util.Map.entry("fg", "fg <process>\tBring a process to the foreground, wired to this terminal\n"
                    + "\t\tCtrl-C returns to the shell"));

    private static final String UPDATE_WHAT =
            "Re-read the config, add and remove groups to match it, restarting changed programs";

    /** start/stop/restart share one layout; only the tab after "<gname>:*" differs. */
    private static String groupForms(String action, String verb, String groupTab) {
        return action + " <name>\t\t" + verb + " one process\n"
                + action + " <gname>:*" + groupTab + verb + " every process of a group\n"
                + action + " <name> <name>\t" + verb + " several processes or groups\n"
                + action + " all\t\t" + verb + " every process";
    }

    static String oneLine(String text) {
        return StartupErrors.oneLine(text);
    }

    /**
     * The -h text. Same options, order and metavariables as the reference's help, in our own
     * words. One deliberate fix: the reference advertises "--history-file", which its own parser
     * rejects; we show the spelling that works, "--history_file".
     */
    static String help(String argv0) {
        return "supervisorctl -- control the programs of a running supervisord from the command line.\n"
                + "\n"
                + "Usage: " + argv0 + " [options] [action [arguments]]\n"
                + "\n"
                + "Options:\n"
                + "-c/--configuration FILENAME -- the configuration file (looked for in the usual places if omitted)\n"
                + "-h/--help -- show this text and exit (-? does the same)\n"
                + "-i/--interactive -- open the interactive shell (also what happens without an action)\n"
                + "-s/--serverurl URL -- where the supervisord server listens\n"
                + "     (\"http://localhost:9001\" if neither this option nor the file says).\n"
                + "-u/--username USERNAME -- user name to authenticate to the server with\n"
                + "-p/--password PASSWORD -- password to authenticate to the server with\n"
                + "-r/--history_file FILENAME -- keep the shell's command history in FILENAME\n"
                + "\n"
                + "action [arguments] -- see below\n"
                + "\n"
                + "An action is one command, such as \"status\" or \"restart web\"; it runs once and\n"
                + "supervisorctl exits with its status. Without an action, an interactive shell\n"
                + "starts and reads actions one line at a time. The action \"help\" lists every\n"
                + "action; \"help <action>\" describes one.\n"
                + "\n";
    }

    /** A Java [ctlplugin:x] factory failed (the reference would show a traceback). */
    static String couldNotMakePlugin(String name, String detail) {
        return "Could not make " + name + " ctl plugin: " + detail.strip().replace('\n', ' ');
    }

    /** The heading of a plugin's documented actions in the help list. */
    static String pluginActionsHeader(String name) {
        return name + " commands (type help <topic>):";
    }

    /** Help lists are laid out to this width, as the reference's (80 columns less one). */
    static final int HELP_WIDTH = 79;
}
