package dev.jsupervisor.ctl;

/**
 * End of input while a question waited for its answer (Python's EOFError). When it escapes an
 * action, the reference reports it in its "error: <class 'EOFError'>" line, naming the Python
 * line that asked; {@link #at} records that place.
 */
final class EndOfInput extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Python's text for EOFError raised by input(). */
    static final String INPUT_TEXT = "EOF when reading a line";

    final String file;
    final int line;
    /** True when the line editor already moved to a new line (JLine does, readline does not). */
    final boolean newlineShown;

    EndOfInput(String text) {
        this(text, null, 0, false);
    }

    EndOfInput(String text, boolean newlineShown) {
        this(text, null, 0, newlineShown);
    }

    private EndOfInput(String text, String file, int line, boolean newlineShown) {
        super(text, null, false, false);
        this.file = file;
        this.line = line;
        this.newlineShown = newlineShown;
    }

    /** The same end of input, reported at the given place of the reference's code. */
    EndOfInput at(String pythonFile, int pythonLine) {
        return new EndOfInput(getMessage(), pythonFile, pythonLine, newlineShown);
    }
}
