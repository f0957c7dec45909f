package dev.jsupervisor.ctl;

import java.util.Map;

/** help, help &lt;action&gt;, and the shell's way out (quit, exit, EOF). */
final class HelpAction {
    private final Controller ctl;

    HelpAction(Controller ctl) {
        this.ctl = ctl;
    }

    void register(Map<String, Action> actions) {
        actions.put("help", this::help);
        actions.put("quit", this::quit);
        actions.put("exit", this::quit);
        actions.put("EOF", this::quit);
    }

    void help(String arg) {
        if (arg.isEmpty()) {
            ctl.print(Messages.ACTION_LIST);
            return;
        }
        String text = Messages.ACTION_HELP.get(arg.strip().equals("help") ? "help" : arg);
        ctl.output(text != null ? text : String.format(Messages.NO_HELP, arg));
    }

    /** Ends the shell after an empty line. */
    void quit(String arg) {
        ctl.output("");
    }
}
