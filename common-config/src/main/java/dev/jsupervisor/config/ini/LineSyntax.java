package dev.jsupervisor.config.ini;

import dev.jsupervisor.config.value.PyText;

/**
 * How one physical line reads under Supervisor's RawConfigParser settings: where its comment
 * starts, how deep it is indented, and whether it is a section header or an option.
 */
final class LineSyntax {
    private LineSyntax() {}

    /** inline_comment_prefixes, in the order Supervisor passes them. */
    private static final char[] COMMENT_PREFIXES = {';', '#'};

    /** No comment on the line. */
    static final int NO_COMMENT = -1;

    /**
     * Index where the line's comment starts, or {@link #NO_COMMENT}. A stripped line starting with a
     * prefix is all comment. Otherwise configparser walks the occurrences of every prefix in
     * lock-step rounds (first occurrences, then second ones, ...) and stops at the first round in
     * which some occurrence is at index 0 or follows whitespace. So the comment found is not always
     * the leftmost candidate: in "1#2#3 #4 x;y ;z" the second ';' wins over the third '#'.
     */
    static int commentStart(String line) {
        String stripped = PyText.strip(line);
        for (char prefix : COMMENT_PREFIXES) {
            if (!stripped.isEmpty() && stripped.charAt(0) == prefix) {
                return 0;
            }
        }
        int[] searchFrom = new int[COMMENT_PREFIXES.length];
        int found = Integer.MAX_VALUE;
        while (found == Integer.MAX_VALUE && anyLeft(searchFrom)) {
            for (int p = 0; p < COMMENT_PREFIXES.length; p++) {
                if (searchFrom[p] < 0) {
                    continue; // this prefix has no more occurrences
                }
                int index = line.indexOf(COMMENT_PREFIXES[p], searchFrom[p]);
                if (index < 0) {
                    searchFrom[p] = -1;
                    continue;
                }
                searchFrom[p] = index + 1;
                if (index == 0 || PyText.isSpace(line.charAt(index - 1))) {
                    found = Math.min(found, index);
                }
            }
        }
        return found == Integer.MAX_VALUE ? NO_COMMENT : found;
    }

    private static boolean anyLeft(int[] searchFrom) {
        for (int from : searchFrom) {
            if (from >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first non-whitespace character (0 for a blank line). */
    static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && PyText.isSpace(line.charAt(i))) {
            i++;
        }
        return i == line.length() ? 0 : i;
    }

    /** The name in "[name]" ('.+' between the first '[' and the last ']'), or null. */
    static String sectionHeader(String value) {
        int close = value.lastIndexOf(']');
        if (!value.startsWith("[") || close < 2) {
            return null;
        }
        return value.substring(1, close);
    }

    /** Index of the first '=' or ':' (the delimiter that counts), or -1. */
    static int delimiterIndex(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '=' || c == ':') {
                return i;
            }
        }
        return -1;
    }
}
