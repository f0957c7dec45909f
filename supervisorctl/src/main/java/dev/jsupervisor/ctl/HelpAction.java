package dev.jsupervisor.ctl;

import dev.jsupervisor.ctl.plugin.ControllerAction;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * As the reference: the built-in list or topic, then each plugin's (so {@code help <topic>}
     * with plugins loaded also prints one "No help" line per plugin that lacks the topic), except
     * for {@code help help}.
     */
    void help(String arg) {
        if (arg.isEmpty()) {
            ctl.print(Messages.ACTION_LIST);
            ctl.plugins().forEach(this::listPluginActions);
            return;
        }
        boolean helpOnHelp = arg.strip().equals("help");
        String text = Messages.ACTION_HELP.get(helpOnHelp ? "help" : arg);
        ctl.output(text != null ? text : String.format(Messages.NO_HELP, arg));
        if (!helpOnHelp) {
            ctl.plugins().forEach(group -> pluginTopic(group, arg));
        }
    }

    /** A blank line, then the plugin's documented actions (sorted, in columns) under its heading. */
    private void listPluginActions(PluginActions.Group group) {
        ctl.output("");
        List<String> documented = group.actions().stream().filter(a -> a.help() != null)
                .map(ControllerAction::name).distinct().sorted().toList();
        if (documented.isEmpty()) {
            return;
        }
        String header = Messages.pluginActionsHeader(group.name());
        ctl.output(header);
        ctl.output("=".repeat(header.length()));
        ctl.print(Columns.layout(documented, Messages.HELP_WIDTH));
        ctl.output("");
    }

    private void pluginTopic(PluginActions.Group group, String topic) {
        Optional<ControllerAction> action = group.actions().stream()
                .filter(a -> a.name().equals(topic) && a.help() != null).findFirst();
        ctl.output(action.isPresent() ? action.get().help() : String.format(Messages.NO_HELP, topic));
    }

    /** Ends the shell after an empty line. */
    void quit(String arg) {
        ctl.output("");
    }
}
