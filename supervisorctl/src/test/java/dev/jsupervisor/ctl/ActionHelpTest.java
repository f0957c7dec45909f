package dev.jsupervisor.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Our `help` texts against the reference's (captured into reference-help.txt): the action list, the usage
 * forms and the tab layout are contract and must be identical; the descriptions are prose and must be
 * our own, so no run of five words may come from the reference.
 */
class ActionHelpTest {
    /** Five words in a row is already a borrowed phrase rather than a coincidence. */
    private static final int SHINGLE = 5;
    private static final String LIST_TOPIC = "(list)";
    /** A help line: the usage form, the tabs that align it, then the description. */
    private static final Pattern LINE = Pattern.compile("([^\t]*)(\t+)(.*)");

    @Test
    void theActionListIsTheReferences() throws IOException {
        assertEquals(reference().get(LIST_TOPIC), Messages.ACTION_LIST);
    }

    @Test
    void everyReferenceTopicHasHelpAndNoOtherDoes() throws IOException {
        Set<String> topics = new TreeSet<>(reference().keySet());
        topics.remove(LIST_TOPIC);
        assertEquals(topics, new TreeSet<>(Messages.ACTION_HELP.keySet()));
    }

    @Test
    void usageFormsAndLayoutEqualTheReferences() throws IOException {
        for (Map.Entry<String, String> topic : topics().entrySet()) {
            String ours = Messages.ACTION_HELP.get(topic.getKey()) + "\n";
            assertEquals(layout(topic.getValue()), layout(ours), topic.getKey());
        }
    }

    @Test
    void everyDescriptionIsReworded() throws IOException {
        for (Map.Entry<String, String> topic : topics().entrySet()) {
            List<String> theirs = descriptions(topic.getValue());
            List<String> ours = descriptions(Messages.ACTION_HELP.get(topic.getKey()) + "\n");
            for (int i = 0; i < ours.size(); i++) {
                boolean copied = !ours.get(i).isEmpty() && ours.get(i).equals(theirs.get(i));
                assertFalse(copied, topic.getKey() + ": " + ours.get(i));
            }
        }
    }

    @Test
    void noFiveWordRunOfADescriptionIsTheReferences() throws IOException {
        Set<String> reference = new LinkedHashSet<>();
        for (String text : topics().values()) {
            reference.addAll(shingles(words(text)));
        }
        Set<String> shared = new TreeSet<>();
        for (String text : Messages.ACTION_HELP.values()) {
            Set<String> ours = shingles(words(String.join(" ", descriptions(text + "\n"))));
            ours.retainAll(reference);
            shared.addAll(ours);
        }
        assertEquals(Set.of(), shared);
    }

    /**
     * Each line reduced to what is contract: the usage form and the tabs after it, with a mark where a
     * description follows. A line without tabs is a usage line (kept whole) unless it is the restart note.
     */
    static List<String> layout(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                out.add(m.group(1) + m.group(2) + (m.group(3).isEmpty() ? "" : "<description>"));
            } else {
                out.add(isNote(line) ? "<note>" : line);
            }
        }
        return out;
    }

    /** The prose of a help text, one entry per line that has any (empty where a line has none). */
    static List<String> descriptions(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Matcher m = LINE.matcher(line);
            out.add(m.matches() ? m.group(3) : isNote(line) ? line : "");
        }
        return out;
    }

    private static boolean isNote(String line) {
        return line.startsWith("Note: ");
    }

    /** Lower-case words; punctuation and the *emphasis* marks separate words and are otherwise dropped. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9<>-]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static Set<String> shingles(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + SHINGLE)));
        }
        return out;
    }

    private static Map<String, String> topics() throws IOException {
        Map<String, String> topics = new LinkedHashMap<>(reference());
        topics.remove(LIST_TOPIC);
        return topics;
    }

    /** The captured reference output, by topic; '#' lines before the first topic are comments. */
    private static Map<String, String> reference() throws IOException {
        String text;
        try (InputStream in = ActionHelpTest.class.getResourceAsStream("reference-help.txt")) {
            assertNotNull(in, "reference-help.txt must be next to this test");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> topics = new LinkedHashMap<>();
        String topic = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("(?<=\n)")) {
            if (line.startsWith("==> ")) {
                if (topic != null) {
                    topics.put(topic, body.toString());
                }
                topic = line.substring(4).strip();
                body.setLength(0);
            } else if (topic != null) {
                body.append(line);
            }
        }
        topics.put(topic, body.toString());
        return topics;
    }
}
