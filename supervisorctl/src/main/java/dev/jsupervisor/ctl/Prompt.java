package dev.jsupervisor.ctl;

/**
 * Where answers come from: the shell's confirmations, the login after a 401, and the lines fg
 * forwards. Both methods throw {@link EndOfInput} at end of input and {@link KeyboardInterrupt}
 * on Ctrl-C.
 */
interface Prompt {
    /** Shows {@code question} and returns the line typed, without its newline. */
    String ask(String question);

    /** As {@link #ask}, without echoing what is typed (getpass). */
    String askSecret(String question);

    /** For one-shot runs without -i, which never ask. */
    Prompt NONE = new Prompt() {
        @Override
        public String ask(String question) {
            throw new EndOfInput(EndOfInput.INPUT_TEXT);
        }

        @Override
        public String askSecret(String question) {
            throw new EndOfInput("");
        }
    };
}
