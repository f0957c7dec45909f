package dev.jsupervisor.ctl;

import dev.jsupervisor.config.model.ClientConfig;

/**
 * Starts the shell with the right input. Kept apart from {@link ClientStartup} so that the
 * one-shot path never loads the JLine-backed classes.
 */
final class ShellInputs {
    private ShellInputs() {}

    static int shell(Controller ctl, ClientConfig config) {
        return new Shell(ctl, open(ctl, config.historyFile(), config.prompt() + "> "), config.prompt()).run();
    }

    /**
     * Line editing only when both stdin and stdout are terminals, as Python's input() decides
     * (System.console() is non-null exactly then on Java 17); plain reads otherwise, or when the
     * terminal cannot be set up.
     */
    private static ShellInput open(Controller ctl, String historyFile, String prompt) {
        if (System.console() == null) {
            return new PlainShellInput(System.in, ctl.out(), historyFile);
        }
        return new BackgroundEditorInput(() -> {
            try {
                return JLineShellInput.open(ctl, historyFile, prompt);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, () -> new PlainShellInput(System.in, ctl.out(), historyFile));
    }
}
