package dev.jsupervisor.ctl;

import java.util.ArrayList;
import java.util.List;

/** Python's str.split() without arguments: runs of whitespace separate, no empty words. */
final class Words {
    private Words() {}

    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
