package dev.jsupervisor.config.load;

import java.util.ArrayList;
import java.util.List;

/** Python's str.split() with no separator: runs of (Unicode) whitespace, no empty words. */
final class PythonSplit {
    private PythonSplit() {}

    static List<String> whitespace(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (isPythonSpace(cp)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** str.isspace(): whitespace characters plus the separators Python counts (0x1c-0x1f, 0x85). */
    static boolean isPythonSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /**
     * The reference's list_of_strings: nothing for null or "", else split on ',' and strip each
     * part, keeping empty parts (they then fail as unknown names, as in the reference).
     */
    static List<String> listOfStrings(String text) {
        List<String> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return parts;
        }
        for (String part : text.split(",", -1)) {
            parts.add(strip(part));
        }
        return parts;
    }

    /** str.strip(): Python's notion of whitespace at both ends. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPythonSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isPythonSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }
}
