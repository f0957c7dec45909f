package dev.jsupervisor.ctl;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import sun.misc.Signal;

/**
 * Terminal input whose line editor is set up on a background thread while the shell runs its
 * first "status", so that setting up JLine (a few hundred classes) and that first call overlap
 * instead of adding up. Keys typed before the editor is ready wait in the terminal's input
 * queue, as they do before the reference's readline starts. (Printing the prompt early, before
 * the editor is ready, was tried: lines typed in that window were shown twice.)
 */
final class BackgroundEditorInput implements ShellInput {
    private final CompletableFuture<ShellInput> editor = new CompletableFuture<>();
    private volatile Runnable betweenReads = () -> { };

    /**
     * @param lineEditor builds the editor (may throw; then {@code fallback} is used)
     * @param fallback plain input, for a terminal the editor cannot handle
     */
    BackgroundEditorInput(Supplier<ShellInput> lineEditor, Supplier<ShellInput> fallback) {
        // Until the editor takes SIGINT over, Ctrl-C reaches the shell directly.
        Signal.handle(new Signal("INT"), sig -> betweenReads.run());
        Thread builder = new Thread(() -> editor.complete(build(lineEditor, fallback)), "line editor setup");
        builder.setDaemon(true);
        builder.start();
    }

    private ShellInput build(Supplier<ShellInput> lineEditor, Supplier<ShellInput> fallback) {
        ShellInput input;
        try {
            input = lineEditor.get();
        } catch (RuntimeException | LinkageError e) {
            input = fallback.get();
        }
        synchronized (this) {
            input.onInterruptBetweenReads(betweenReads);
        }
        return input;
    }

    @Override
    public String ask(String question) {
        return ready().ask(question);
    }

    @Override
    public String askSecret(String question) {
        return ready().askSecret(question);
    }

    @Override
    public synchronized void onInterruptBetweenReads(Runnable action) {
        betweenReads = action;
        if (editor.isDone()) {
            editor.join().onInterruptBetweenReads(action);
        }
    }

    /** The editor, waiting for its setup; Ctrl-C meanwhile interrupts the wait. */
    private ShellInput ready() {
        try {
            return editor.get();
        } catch (InterruptedException e) {
            throw new KeyboardInterrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        try {
            editor.get().close();
        } catch (InterruptedException | ExecutionException e) {
            Thread.currentThread().interrupt();
        }
    }
}
