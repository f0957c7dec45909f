package dev.jsupervisor.ctl;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import sun.misc.Signal;

/**
 * The shell's input when stdin or stdout is not a terminal ({@code printf 'status\n' |
 * supervisorctl}): prompts go to stdout and lines come from stdin without editing. The
 * history file is still read and written back unchanged, as the reference's readline does.
 */
final class PlainShellInput implements ShellInput {
    private final PlainInput input;
    private final HistoryFile history;
    private final List<String> entries;
    private volatile Runnable betweenReads = () -> { };

    PlainShellInput(InputStream in, PrintStream out, String historyFile) {
        this.input = new PlainInput(in, out);
        this.history = historyFile == null ? null : new HistoryFile(historyFile);
        this.entries = history == null ? List.of() : history.load();
        Signal.handle(new Signal("INT"), sig -> {
            if (input.waiting()) {
                input.interrupt();
            } else {
                betweenReads.run();
            }
        });
    }

    @Override
    public String ask(String question) {
        return input.ask(question);
    }

    @Override
    public String askSecret(String question) {
        return input.askSecret(question);
    }

    @Override
    public void onInterruptBetweenReads(Runnable action) {
        betweenReads = action;
    }

    @Override
    public void close() {
        if (history != null) {
            history.save(entries);
        }
    }
}
