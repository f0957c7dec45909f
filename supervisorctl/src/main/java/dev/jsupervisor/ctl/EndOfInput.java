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

    EndOfInput(String text) {
        this(text, null, 0);
    }

    private EndOfInput(String text, String file, int line) {
        super(text, null, false, false);
        this.file = file;
        this.line = line;
    }

    /** The same end of input, reported at the given place of the reference's code. */
    EndOfInput at(String pythonFile, int pythonLine) {
        return new EndOfInput(getMessage(), pythonFile, pythonLine);
    }
}
