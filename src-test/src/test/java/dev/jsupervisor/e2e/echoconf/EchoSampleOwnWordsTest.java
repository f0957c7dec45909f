package dev.jsupervisor.e2e.echoconf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsupervisor.e2e.echoconf.SampleLines.Line;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Our sample must explain things in its own words. Compared are only comments: whole-line prose and
 * the remarks after option lines and headers; the option lines themselves are meant to be identical.
 */
class EchoSampleOwnWordsTest {
    /** Five words in a row is already a borrowed phrase rather than a coincidence. */
    private static final int SHINGLE = 5;

    @Test
    void noCommentLineEqualsOneOfTheReference() {
        Set<String> reference = new LinkedHashSet<>(normalisedComments(Samples.reference()));
        Set<String> shared = new TreeSet<>();
        for (String c : normalisedComments(Samples.ours())) {
            if (!c.isEmpty() && reference.contains(c)) {
                shared.add(c);
            }
        }
        assertEquals(Set.of(), shared);
    }

    @Test
    void noFiveWordRunIsShared() {
        Set<String> reference = shingles(words(Samples.reference()));
        Set<String> shared = new TreeSet<>(shingles(words(Samples.ours())));
        shared.retainAll(reference);
        assertEquals(Set.of(), shared);
    }

    /**
     * Comments of a sample (prose lines and remarks), lower-cased, punctuation and runs of whitespace
     * collapsed to one space. URLs are removed first: pointing at the same documentation page is a
     * reference, not copied prose.
     */
    private static List<String> normalisedComments(String text) {
        List<String> out = new ArrayList<>();
        for (Line l : SampleLines.classify(text)) {
            if (l.remark() != null) {
                String c = l.remark().replaceAll("\\b[a-z]+://\\S*", " ");
                out.add(c.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9%()$_]+", " ").strip());
            }
        }
        return out;
    }

    /** All comment words of a sample in file order. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String c : normalisedComments(text)) {
            for (String w : c.split(" ")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static Set<String> shingles(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + SHINGLE)));
        }
        return out;
    }
}
