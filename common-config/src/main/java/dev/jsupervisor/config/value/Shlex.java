package dev.jsupervisor.config.value;

import java.util.ArrayList;
import java.util.List;

/**
 * The two flavours of Python's shlex that Supervisor relies on. {@link #legacyTokens} is
 * {@code list(shlex.shlex(text))} (posix=False, '#' comments, quotes kept in the token) as used by
 * datatypes.dict_of_key_value_pairs; {@link #split} is {@code shlex.split(text)} (POSIX rules,
 * backslash escapes, no comments) as used to split {@code command=}.
 */
public final class Shlex {
    private Shlex() {}

    /** What dict_of_key_value_pairs adds to shlex's default word characters. */
    public static final String KEY_VALUE_EXTRA_WORDCHARS = "/.+-():";

    private static final String ASCII_WORDCHARS =
            "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
    private static final String WHITESPACE = " \t\r\n";
    private static final String QUOTES = "'\"";
    private static final char COMMENT = '#';

    /** Tokens of legacy (non-POSIX) shlex whose word characters are the defaults plus {@code extraWordChars}. */
    public static List<String> legacyTokens(String text, String extraWordChars) throws ValueException {
        return new LegacyLexer(text, ASCII_WORDCHARS + extraWordChars).tokens();
    }

    /** shlex.split(text): POSIX-mode words, comments not recognised. */
    public static List<String> split(String text) throws ValueException {
        return new PosixSplitter(text).words();
    }

    static boolean isWhitespace(int cp) {
        return WHITESPACE.indexOf(cp) >= 0;
    }

    static boolean isQuote(int cp) {
        return QUOTES.indexOf(cp) >= 0;
    }

    /** Legacy mode: a quoted string is one token including its quotes; anything else is one char. */
    private static final class LegacyLexer {
        private final int[] chars;
        private final String wordChars;
        private int pos;

        LegacyLexer(String text, String wordChars) {
            this.chars = text.codePoints().toArray();
            this.wordChars = wordChars;
        }

        List<String> tokens() throws ValueException {
            List<String> tokens = new ArrayList<>();
            for (String token = next(); token != null; token = next()) {
                tokens.add(token);
            }
            return tokens;
        }

        private String next() throws ValueException {
            while (pos < chars.length) {
                int c = chars[pos++];
                if (isWhitespace(c)) {
                    continue;
                }
                if (c == COMMENT) {
                    skipLine();
                } else if (wordChars.indexOf(c) >= 0) {
                    return word(c);
                } else if (isQuote(c)) {
                    return quoted(c);
                } else {
                    return new String(Character.toChars(c));
                }
            }
            return null;
        }

        /** A word runs until whitespace or a non-word char; quotes join it, comments are cut out. */
        private String word(int first) {
            StringBuilder token = new StringBuilder().appendCodePoint(first);
            while (pos < chars.length) {
                int c = chars[pos];
                if (isWhitespace(c)) {
                    pos++;
                    break;
                }
                if (c == COMMENT) {
                    pos++;
                    skipLine(); // legacy shlex keeps building the same word on the next line
                } else if (wordChars.indexOf(c) >= 0 || isQuote(c)) {
                    token.appendCodePoint(c);
                    pos++;
                } else {
                    break;
                }
            }
            return token.toString();
        }

        private String quoted(int quote) throws ValueException {
            StringBuilder token = new StringBuilder().appendCodePoint(quote);
            while (pos < chars.length) {
                int c = chars[pos++];
                token.appendCodePoint(c);
                if (c == quote) {
                    return token.toString();
                }
            }
            throw new ValueException(Messages.noClosingQuotation());
        }

        private void skipLine() {
            while (pos < chars.length && chars[pos++] != '\n') {
                // skip the comment's text, newline included
            }
        }
    }
}
