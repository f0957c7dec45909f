package dev.jsupervisor.config.ini;

import dev.jsupervisor.config.value.PyRepr;
import java.util.List;

/** configparser's error texts (Python 3.11 str(MissingSectionHeaderError) / str(ParsingError)). */
final class Messages {
    private Messages() {}

    static String missingSectionHeader(String source, int lineNumber, String line) {
        return "File contains no section headers.\nfile: " + PyRepr.of(source) + ", line: " + lineNumber
                + "\n" + PyRepr.of(line);
    }

    /** One "[line NN]" entry per bad line; the number is right-aligned to two places (%2d). */
    static String parsingErrors(String source, List<BadLine> badLines) {
        StringBuilder text = new StringBuilder("Source contains parsing errors: ").append(PyRepr.of(source));
        for (BadLine bad : badLines) {
            text.append("\n\t[line ").append(String.format("%2d", bad.lineNumber())).append("]: ")
                    .append(PyRepr.of(bad.line()));
        }
        return text.toString();
    }

    /** A line the parser could not make sense of, as it was read (terminator included). */
    record BadLine(int lineNumber, String line) {}
}
