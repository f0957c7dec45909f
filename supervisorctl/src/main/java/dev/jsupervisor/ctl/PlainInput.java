package dev.jsupervisor.ctl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;

/**
 * Input without line editing, as Python's input() reads it when stdin or stdout is not a
 * terminal: the prompt is written as is (no newline), then one line is read from stdin.
 * A daemon thread does the blocking reads, one line per request, so that Ctrl-C
 * ({@link #interrupt()}) can end a wait that the read itself could not.
 */
final class PlainInput implements Prompt {
    /** Markers in the answer queue besides lines. */
    private static final Object EOF = new Object();
    private static final Object INTERRUPT = new Object();

    private final InputStream in;
    private final PrintStream promptOut;
    private final SynchronousQueue<Boolean> requests = new SynchronousQueue<>();
    private final LinkedBlockingQueue<Object> answers = new LinkedBlockingQueue<>();
    private volatile boolean waiting;
    private Thread reader;
    private boolean ended;

    /** @param promptOut where prompts go: stdout, or stderr where Python's stdio fallback writes them */
    PlainInput(InputStream in, PrintStream promptOut) {
        this.in = in;
        this.promptOut = promptOut;
    }

    @Override
    public String ask(String question) {
        promptOut.print(question);
        promptOut.flush();
        return next(EndOfInput.INPUT_TEXT);
    }

    @Override
    public String askSecret(String question) {
        return Getpass.read(question, this);
    }

    /** True while a caller waits for a line (Ctrl-C then ends the wait, not the running action). */
    boolean waiting() {
        return waiting;
    }

    /** Ends the current wait with a {@link KeyboardInterrupt}; called from the signal thread. */
    void interrupt() {
        answers.offer(INTERRUPT);
    }

    /** The next line from stdin; {@link EndOfInput} with {@code eofText} at its end. */
    String next(String eofText) {
        if (ended) {
            throw new EndOfInput(eofText);
        }
        waiting = true;
        try {
            answers.removeIf(a -> a == INTERRUPT); // a Ctrl-C from before this wait is spent
            startReader();
            requests.put(Boolean.TRUE);
            Object answer = answers.take();
            if (answer == INTERRUPT) {
                throw new KeyboardInterrupt();
            }
            if (answer == EOF) {
                ended = true;
                throw new EndOfInput(eofText);
            }
            return (String) answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyboardInterrupt();
        } finally {
            waiting = false;
        }
    }

    private void startReader() {
        if (reader == null) {
            reader = new Thread(this::readLines, "stdin");
            reader.setDaemon(true);
            reader.start();
        }
    }

    private void readLines() {
        try {
            while (true) {
                requests.take();
                String line = readLine();
                answers.put(line == null ? EOF : line);
                if (line == null) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One line without its "\n" (decoded as UTF-8), or null at end of input. */
    private String readLine() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                line.write(b);
            }
            if (b < 0 && line.size() == 0) {
                return null;
            }
        } catch (IOException e) {
            if (line.size() == 0) {
                return null;
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
