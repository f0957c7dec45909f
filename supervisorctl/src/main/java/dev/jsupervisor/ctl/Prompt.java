package dev.jsupervisor.ctl;

/** Asks the user a question (the interactive shell's confirmations); null at end of input. */
@FunctionalInterface
interface Prompt {
    String ask(String question);

    /** For one-shot runs, which never ask. */
    Prompt NONE = question -> null;
}
