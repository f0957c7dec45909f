package dev.jsupervisor.config.ini;

import dev.jsupervisor.config.ini.Messages.BadLine;
import dev.jsupervisor.config.value.PyText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads INI text with the rules of Python's RawConfigParser as Supervisor configures it
 * ({@code inline_comment_prefixes=(';','#')}, {@code strict=False}): '=' or ':' delimiters,
 * inline comments only after whitespace, indented continuation lines, lower-cased option names.
 */
public final class IniParser {
    private IniParser() {}

    /**
     * Parses {@code text} (from the file named {@code sourceName}, as it should appear in error
     * messages) into {@code into}, merging with what is already there. Line ends are read as a
     * Python text-mode file reads them: "\r\n", "\r" and "\n" all end a line.
     *
     * @throws IniParseException with the reference's ParsingError / MissingSectionHeaderError text
     */
    public static void read(String text, String sourceName, IniDocument into) throws IniParseException {
        new FileReading(sourceName, into).readAll(splitLines(text));
    }

    /** Reads a UTF-8 file as {@link #read} would read its text. */
    public static void readFile(Path file, String sourceName, IniDocument into) throws IOException, IniParseException {
        read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), sourceName, into);
    }

    /** A new, empty document. */
    public static IniDocument newDocument() {
        return new IniDocument();
    }

    /** optionxform: option names are compared lower-cased (str.lower, not locale-dependent). */
    static String optionKey(String option) {
        return PyText.lower(option);
    }

    /** Lines with their "\n" kept (the last one may lack it), after universal-newline translation. */
    static List<String> splitLines(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < unified.length()) {
            int end = unified.indexOf('\n', start);
            end = end < 0 ? unified.length() : end + 1;
            lines.add(unified.substring(start, end));
            start = end;
        }
        return lines;
    }

    /** The state of one file's read: current section and option, indent, collected errors. */
    private static final class FileReading {
        private final String sourceName;
        private final IniDocument document;
        private final List<BadLine> badLines = new ArrayList<>();
        /** Multi-line values being built; joined when the file ends (later entries win). */
        private final List<PendingValue> pending = new ArrayList<>();
        private Map<String, String> section;
        private PendingValue option;
        private int indentLevel;

        FileReading(String sourceName, IniDocument document) {
            this.sourceName = sourceName;
            this.document = document;
        }

        void readAll(List<String> lines) throws IniParseException {
            for (int i = 0; i < lines.size(); i++) {
                readLine(i + 1, lines.get(i));
            }
            for (PendingValue value : pending) {
                value.store();
            }
            if (!badLines.isEmpty()) {
                throw new IniParseException(Messages.parsingErrors(sourceName, badLines));
            }
        }

        private void readLine(int lineNumber, String line) throws IniParseException {
            int commentStart = LineSyntax.commentStart(line);
            String value = PyText.strip(commentStart == LineSyntax.NO_COMMENT ? line : line.substring(0, commentStart));
            if (value.isEmpty()) {
                // A blank line belongs to the value being built (trailing ones are stripped at the
                // end); a comment-only line does not, and neither ends the value.
                if (commentStart == LineSyntax.NO_COMMENT && section != null && option != null) {
                    option.lines.add("");
                }
                return;
            }
            int indent = LineSyntax.indentOf(line);
            if (section != null && option != null && indent > indentLevel) {
                option.lines.add(value);
                return;
            }
            indentLevel = indent;
            String header = LineSyntax.sectionHeader(value);
            if (header != null) {
                section = document.openSection(header, sourceName);
                option = null;
            } else if (section == null) {
                throw new IniParseException(Messages.missingSectionHeader(sourceName, lineNumber, line));
            } else {
                readOption(lineNumber, line, value);
            }
        }

        private void readOption(int lineNumber, String line, String value) {
            int delimiter = LineSyntax.delimiterIndex(value);
            if (delimiter < 0) {
                // The current option stays open: a deeper-indented line still continues it.
                badLines.add(new BadLine(lineNumber, line));
                return;
            }
            String name = optionKey(PyText.rstrip(value.substring(0, delimiter)));
            if (name.isEmpty()) {
                badLines.add(new BadLine(lineNumber, line));
            }
            PendingValue started = new PendingValue(section, name, PyText.strip(value.substring(delimiter + 1)));
            section.putIfAbsent(name, ""); // fixes the option's position at first sight
            pending.add(started);
            // An empty name is stored like Python stores it but can never be continued.
            option = name.isEmpty() ? null : started;
        }
    }

    /** One option line's value and its continuation lines. */
    private static final class PendingValue {
        private final Map<String, String> section;
        private final String name;
        private final List<String> lines = new ArrayList<>();

        PendingValue(Map<String, String> section, String name, String firstLine) {
            this.section = section;
            this.name = name;
            this.lines.add(firstLine);
        }

        void store() {
            section.put(name, PyText.rstrip(String.join("\n", lines)));
        }
    }
}
