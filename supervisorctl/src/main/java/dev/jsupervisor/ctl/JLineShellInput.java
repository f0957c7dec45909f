package dev.jsupervisor.ctl;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The shell's input when stdin and stdout are terminals: JLine line editing set up to behave
 * like the reference's GNU readline (the only class, with {@link ReadlineCompleteWidget} and
 * {@link ReadlineParser}, that touches JLine, so one-shot runs never load it). History lives
 * in memory and in history_file, which we read and write ourselves in readline's format.
 */
final class JLineShellInput implements ShellInput {
    /** JLine's mask character meaning "echo nothing". */
    private static final Character NO_ECHO = LineReaderImpl.NULL_MASK;
    private static final String COMPLETE_WIDGET = "readline-complete";

    private final Terminal terminal;
    private final LineReader reader;
    private final HistoryFile historyFile;

    private JLineShellInput(Terminal terminal, LineReader reader, HistoryFile historyFile) {
        this.terminal = terminal;
        this.reader = reader;
        this.historyFile = historyFile;
    }

    static JLineShellInput open(Controller ctl, String historyPath, String prompt) throws IOException {
        Terminal terminal = systemTerminal();
        if (terminal.getWidth() <= 0) {
            // a pseudo-terminal nobody gave a size (script(1), a test harness): JLine would draw
            // the prompt in a zero-wide window; readline assumes 80 columns there
            terminal.setSize(new org.jline.terminal.Size(80, Math.max(terminal.getHeight(), 24)));
        }
        forwardSignals(terminal);
        LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                .parser(new ReadlineParser())
                .variable(LineReader.HISTORY_SIZE, Integer.MAX_VALUE)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // readline in Python does no "!" expansion
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                .option(LineReader.Option.HISTORY_REDUCE_BLANKS, false)
                .option(LineReader.Option.HISTORY_TIMESTAMPED, false)
                .build();
        Widget complete = new ReadlineCompleteWidget(reader, new Completion(ctl::processesForCompletion, PluginActions.names(ctl.plugins())), prompt);
        reader.getWidgets().put(COMPLETE_WIDGET, complete);
        for (String keymap : List.of(LineReader.EMACS, LineReader.VIINS)) {
            reader.getKeyMaps().get(keymap).bind(new Reference(COMPLETE_WIDGET), "\t");
        }
        HistoryFile file = historyPath == null ? null : new HistoryFile(historyPath);
        if (file != null) {
            History history = reader.getHistory();
            for (String line : file.load()) {
                history.add(Instant.now(), line);
            }
        }
        return new JLineShellInput(terminal, reader, file);
    }

    /**
     * The terminal through JLine's JNI provider alone (asking every provider in turn costs
     * extra processes at start-up); any other provider when that one cannot work here.
     */
    private static Terminal systemTerminal() throws IOException {
        try {
            Terminal terminal = terminalBuilder().provider("jni").jni(true).exec(false).ffm(false).jna(false)
                    .jansi(false).build();
            if (!terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
                return terminal;
            }
            terminal.close();
        } catch (IOException | RuntimeException | LinkageError e) {
            // try the other providers
        }
        return terminalBuilder().build();
    }

    private static TerminalBuilder terminalBuilder() {
        return TerminalBuilder.builder().system(true).nativeSignals(false).signalHandler(Terminal.SignalHandler.SIG_IGN);
    }

    /**
     * Hands SIGINT, SIGWINCH and SIGCONT to the terminal, which passes them to whoever
     * listens (readLine while it reads, the shell in between). JLine's own "native signals"
     * do the same through reflection proxies, which cost about 150 ms of start-up here.
     */
    private static void forwardSignals(Terminal terminal) {
        for (Terminal.Signal signal : List.of(Terminal.Signal.INT, Terminal.Signal.WINCH, Terminal.Signal.CONT)) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(signal.name()), s -> terminal.raise(signal));
            } catch (IllegalArgumentException e) {
                // a signal this JVM does not let us handle: JLine then simply does not see it
            }
        }
    }

    @Override
    public String ask(String question) {
        try {
            return reader.readLine(question);
        } catch (UserInterruptException e) {
            throw new KeyboardInterrupt(true);
        } catch (EndOfFileException e) {
            throw new EndOfInput(EndOfInput.INPUT_TEXT, true);
        }
    }

    /** getpass: no echo at all, and nothing goes into the history. */
    @Override
    public String askSecret(String question) {
        try {
            return reader.readLine(question, NO_ECHO);
        } catch (UserInterruptException e) {
            throw new KeyboardInterrupt(true);
        } catch (EndOfFileException e) {
            throw new EndOfInput("", true).at(PythonText.GETPASS_PY, 148);
        }
    }

    @Override
    public void onInterruptBetweenReads(Runnable action) {
        terminal.handle(Terminal.Signal.INT, signal -> action.run());
    }

    @Override
    public void close() {
        if (historyFile != null) {
            List<String> lines = new ArrayList<>();
            reader.getHistory().forEach(entry -> lines.add(entry.line()));
            historyFile.save(lines);
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // nothing left to restore
        }
    }
}
