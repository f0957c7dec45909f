package dev.jsupervisor.ctl;

/**
 * The shell's input: prompts and answers ({@link Prompt}), what Ctrl-C does while an action
 * runs, and the history file, saved on {@link #close()}. Two implementations: JLine line
 * editing when stdin and stdout are terminals, plain reads otherwise (as Python's input()).
 */
interface ShellInput extends Prompt, AutoCloseable {
    /** What Ctrl-C does when nobody waits for input (the shell interrupts the running action). */
    void onInterruptBetweenReads(Runnable action);

    /** Saves the history file (if any) and gives the terminal back. */
    @Override
    void close();
}
