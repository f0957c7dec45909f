package dev.jsupervisor.ctl;

/** Every text supervisorctl shows before it talks to a server, in one place. */
final class Messages {
    private Messages() {}

    static final String NOT_IMPLEMENTED =
            "supervisorctl: the configuration is valid, but talking to supervisord is not implemented yet in this build";

    /** The reference's usage error: two lines on stderr, then exit 2. */
    static String usageError(String message, String argv0) {
        return "Error: " + message + "\n" + "For help, use " + argv0 + " -h\n";
    }

    /**
     * Where the reference dies with a Python traceback (an INI syntax error in the file), one line
     * instead: the exception's type and text with the text's line breaks turned into blanks.
     */
    static String crash(String pythonType, String message) {
        return "Error: " + pythonType + ": " + oneLine(message) + "\n";
    }

    /** A failure of our own code: still one line, never a Java stack trace. */
    static String internalError(Throwable e) {
        String detail = e.getMessage() == null ? "" : ": " + oneLine(e.getMessage());
        return "Error: internal error (" + e.getClass().getSimpleName() + detail + ")\n";
    }

    static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
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
}
