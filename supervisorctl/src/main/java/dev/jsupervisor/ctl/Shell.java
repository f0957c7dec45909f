package dev.jsupervisor.ctl;

/**
 * The interactive shell (Python cmd.Cmd as the reference configures it): runs "status" first,
 * then reads one command line per prompt until quit, exit or end of input. Ctrl-C at the
 * prompt, or while an action runs, ends the shell after an empty line. The exit status is
 * always 0.
 */
final class Shell {
    private final Controller ctl;
    private final ShellInput input;
    private final String prompt;

    /** @param promptName [supervisorctl] prompt; the shell shows it followed by "> " */
    Shell(Controller ctl, ShellInput input, String promptName) {
        this.ctl = ctl;
        this.input = input;
        this.prompt = promptName + "> ";
    }

    int run() {
        Dispatcher dispatcher = new Dispatcher(ctl, input);
        Thread main = Thread.currentThread();
        input.onInterruptBetweenReads(() -> ctl.interrupt(main));
        try {
            dispatcher.onecmd("status");
            while (true) {
                String line = nextLine();
                if (line == null || dispatcher.onecmd(line)) {
                    break;
                }
            }
        } catch (KeyboardInterrupt e) {
            ctl.clearInterrupt();
            if (!e.newlineShown) {
                ctl.output("");
            }
        } finally {
            input.onInterruptBetweenReads(() -> { });
            input.close();
        }
        return ExitCodes.SUCCESS;
    }

    /**
     * The next line; at end of input "EOF", which cmd.Cmd runs as a command (it prints the
     * newline that ends the last prompt), or null when the line editor has already printed it.
     */
    private String nextLine() {
        try {
            return input.ask(prompt);
        } catch (EndOfInput e) {
            return e.newlineShown ? null : "EOF";
        }
    }
}
