package dev.jsupervisor.config.value;

import java.util.ArrayList;
import java.util.List;

/** shlex.split(): POSIX quoting; inside double quotes a backslash escapes only '\' and '"'. */
final class PosixSplitter {
    private final int[] chars;
    private int pos;

    PosixSplitter(String text) {
        this.chars = text.codePoints().toArray();
    }

    List<String> words() throws ValueException {
        List<String> words = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (pos >= chars.length) {
                return words;
            }
            words.add(word());
        }
    }

    private void skipWhitespace() {
        while (pos < chars.length && Shlex.isWhitespace(chars[pos])) {
            pos++;
        }
    }

    /** One word: runs of plain chars, quoted parts and escapes until unquoted whitespace. */
    private String word() throws ValueException {
        StringBuilder word = new StringBuilder();
        while (pos < chars.length) {
            int c = chars[pos++];
            if (Shlex.isWhitespace(c)) {
                break;
            } else if (c == '\\') {
                word.appendCodePoint(escaped());
            } else if (c == '\'') {
                singleQuoted(word);
            } else if (c == '"') {
                doubleQuoted(word);
            } else {
                word.appendCodePoint(c);
            }
        }
        return word.toString();
    }

    private int escaped() throws ValueException {
        if (pos >= chars.length) {
            throw new ValueException(Messages.noEscapedCharacter());
        }
        return chars[pos++];
    }

    private void singleQuoted(StringBuilder word) throws ValueException {
        while (pos < chars.length) {
            int c = chars[pos++];
            if (c == '\'') {
                return;
            }
            word.appendCodePoint(c);
        }
        throw new ValueException(Messages.noClosingQuotation());
    }

    private void doubleQuoted(StringBuilder word) throws ValueException {
        while (pos < chars.length) {
            int c = chars[pos++];
            if (c == '"') {
                return;
            }
            if (c == '\\') {
                int next = escapedInQuotes();
                if (next != '\\' && next != '"') {
                    word.append('\\');
                }
                word.appendCodePoint(next);
            } else {
                word.appendCodePoint(c);
            }
        }
        throw new ValueException(Messages.noClosingQuotation());
    }

    private int escapedInQuotes() throws ValueException {
        if (pos >= chars.length) {
            throw new ValueException(Messages.noEscapedCharacter());
        }
        return chars[pos++];
    }
}
