package dev.jsupervisor.ctl;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Splits the line for JLine the way the reference's readline splits it for completion: the
 * word is what lies between the last delimiter and the cursor (see {@link Completion#wordStart}).
 * No quoting, escapes or continuation lines: Enter always accepts the line as typed, which is
 * what Python's input() returns.
 */
final class ReadlineParser implements Parser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        int start = Completion.wordStart(line, cursor);
        List<String> words = new ArrayList<>(Words.split(line.substring(0, start)));
        String word = line.substring(start, cursor);
        int index = words.size();
        words.add(word);
        return new Parsed(word, word.length(), index, List.copyOf(words), line, cursor);
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }

    /** Words are taken as typed: nothing to escape, raw and cooked positions agree. */
    private record Parsed(String word, int wordCursor, int wordIndex, List<String> words, String line, int cursor)
            implements CompletingParsedLine {
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor;
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }
    }
}
