package dev.jsupervisor.ctl.plugin;

import java.util.Objects;

/**
 * One supervisorctl action of a plugin (a {@code do_<name>} method in the reference).
 *
 * @param name the action word: letters, digits and '_'
 * @param help what {@code help <name>} prints (a {@code help_<name>}); null for an undocumented
 *             action, which {@code help} does not list and {@code help <name>} answers
 *             "*** No help on name"
 * @param body the action, given the rest of the command line (stripped, maybe empty)
 */
public record ControllerAction(String name, String help, Body body) {
    /**
     * Runs the action. Print with {@link ControllerHost#output}; set a non-zero exit status for a
     * one-shot failure with {@link ControllerHost#setExitStatus}. An exception it throws is
     * reported as built-in actions' failures are (one line, exit status 1).
     */
    @FunctionalInterface
    public interface Body {
        void run(String arg) throws Exception;
    }

    public ControllerAction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        if (name.isEmpty() || !name.chars().allMatch(c -> c == '_' || Character.isLetterOrDigit(c) && c < 128)) {
            throw new IllegalArgumentException("not an action word: '" + name + "'");
        }
    }
}
