package dev.jsupervisor.config.ini;

/**
 * Reads INI text with the rules of Python's RawConfigParser as Supervisor configures it
 * ({@code inline_comment_prefixes=(';','#')}, {@code strict=False}): '=' or ':' delimiters,
 * inline comments only after whitespace, indented continuation lines, lower-cased option names.
 */
public final class IniParser {
    private IniParser() {}

    /**
     * Parses {@code text} (from the file named {@code sourceName}, as it should appear in error
     * messages) into {@code into}, merging with what is already there.
     *
     * @throws IniParseException with the reference's ParsingError / MissingSectionHeaderError text
     */
    public static void read(String text, String sourceName, IniDocument into) throws IniParseException {
        throw new UnsupportedOperationException("stub");
    }

    /** A new, empty document. */
    public static IniDocument newDocument() { throw new UnsupportedOperationException("stub"); }
}
