package dev.jsupervisor.ctl;

import dev.jsupervisor.xmlrpc.HttpStatusException;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs one command line: splits off the action word as the reference's shell does, finds the
 * action, and turns failures the action did not handle into the reference's one-line report.
 */
final class Dispatcher {
    private final Controller ctl;
    private final Prompt prompt;
    private final Map<String, Action> actions = new HashMap<>();

    Dispatcher(Controller ctl, Prompt prompt) {
        this.ctl = ctl;
        this.prompt = prompt;
        new ProcessActions(ctl).register(actions);
        new StatusActions(ctl).register(actions);
        new LogActions(ctl).register(actions);
        new ConfigActions(ctl).register(actions);
        new DaemonActions(ctl, prompt).register(actions);
        new HelpAction(ctl).register(actions);
        new ForegroundAction(ctl, prompt).register(actions);
        PluginActions.register(ctl.plugins(), actions);
    }

    /** Runs {@code line}; true when the shell should end (quit, exit, EOF). */
    boolean onecmd(String line) {
        String text = line.strip();
        if (text.startsWith("?")) {
            text = "help " + text.substring(1);
        }
        if (text.isEmpty()) {
            return false; // the reference's shell does not repeat the last command on an empty line
        }
        if (!text.startsWith("!")) {
            ctl.forgetCompletions();
        }
        int end = wordEnd(text);
        Action action = end == 0 ? null : actions.get(text.substring(0, end));
        if (action == null) {
            ctl.output(String.format(Messages.UNKNOWN_SYNTAX, text));
            ctl.setExitStatus(ExitCodes.GENERIC);
            return false;
        }
        return run(action, text.substring(0, end), text.substring(end).strip());
    }

    /**
     * Runs one action. After a 401, an interactive client asks for a login and runs the whole
     * line again; a one-shot client reports it and (as the reference) runs the action once more.
     * Ctrl-C ({@link KeyboardInterrupt}) is not a failure and goes to the caller.
     */
    private boolean run(Action action, String name, String arg) {
        try {
            try {
                action.run(arg);
                return isQuit(name);
            } catch (HttpStatusException e) {
                if (!e.isUnauthorized()) {
                    ctl.setExitStatus(ExitCodes.GENERIC);
                    throw e;
                }
                ctl.output(Messages.AUTH_REQUIRED);
                if (ctl.interactive()) {
                    login();
                    return onecmd(name + " " + arg);
                }
                ctl.setExitStatus(ExitCodes.GENERIC);
            }
            action.run(arg);
        } catch (KeyboardInterrupt e) {
            throw e;
        } catch (Exception e) {
            ctl.output(PythonText.error(e, ctl.serverUrl()));
            ctl.setExitStatus(ExitCodes.GENERIC);
        }
        return false;
    }

    /** The reference's login after a 401: user name (echoed), password (not), then an empty line. */
    private void login() {
        String username;
        try {
            username = prompt.ask(Messages.USERNAME_PROMPT);
        } catch (EndOfInput e) {
            throw e.at(PythonText.SUPERVISORCTL_PY, 212);
        }
        String password = prompt.askSecret(Messages.PASSWORD_PROMPT);
        ctl.output("");
        ctl.useCredentials(username, password);
    }

    private static boolean isQuit(String name) {
        return name.equals("quit") || name.equals("exit") || name.equals("EOF");
    }

    /** Length of the leading action word (letters, digits, underscore). */
    private static int wordEnd(String text) {
        int i = 0;
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
