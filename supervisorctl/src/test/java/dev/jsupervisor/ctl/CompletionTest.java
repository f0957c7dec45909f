package dev.jsupervisor.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reference's completion rules, one case per branch of its complete(). */
class CompletionTest {
    private static final List<?> PROCESSES = List.of(
            info("cat", "cat"), info("grp", "manual"), info("grp", "stubborn"),
            info("sleeper", "sleeper_00"), info("sleeper", "sleeper_01"));

    private int fetches;
    private final Completion completion = new Completion(() -> {
        fetches++;
        return PROCESSES;
    });

    private static Map<String, Object> info(String group, String name) {
        return Map.of("group", group, "name", name);
    }

    @Test
    void blankLineOffersEveryActionHelpFirst() {
        List<String> all = completion.matches("", "");
        assertEquals(22, all.size());
        assertEquals("help ", all.get(0));
        assertEquals("version ", all.get(21));
        assertEquals(all, completion.matches("   ", ""));
    }

    @Test
    void firstWordCompletesActions() {
        assertEquals(List.of("shutdown ", "signal ", "start ", "status ", "stop "), completion.matches("s", "s"));
        assertEquals(List.of("version "), completion.matches("vers", "vers"));
        assertEquals(List.of(), completion.matches("xyz", "xyz"));
    }

    @Test
    void processActionsOfferBareNamesForSameNamedGroupsElseGroupForms() {
        assertEquals(List.of("cat ", "grp:manual ", "grp:* ", "grp:stubborn ", "sleeper:sleeper_00 ", "sleeper:* ",
                "sleeper:sleeper_01 "), completion.matches("start ", ""));
        assertEquals(List.of("sleeper:sleeper_00 ", "sleeper:* ", "sleeper:sleeper_01 "),
                completion.matches("stop sl", "sl"));
    }

    @Test
    void aColonInTheWordTurnsEveryProcessIntoGroupForm() {
        assertEquals(List.of("cat:cat ", "cat:* "), completion.matches("status cat:", "cat:"));
    }

    @Test
    void groupActionsOfferGroupsOnce() {
        assertEquals(List.of("cat ", "grp ", "sleeper "), completion.matches("update ", ""));
        assertEquals(List.of("grp "), completion.matches("add g", "g"));
    }

    @Test
    void helpAndItsSubstringsCompleteActions() {
        assertEquals(List.of("start ", "status ", "stop "), completion.matches("help st", "st"));
        // the reference tests "action in ('help')", which is a substring test
        assertEquals(List.of("start ", "status ", "stop "), completion.matches("he st", "st"));
    }

    @Test
    void otherActionsAndLaterWordsOfferNothing() {
        assertEquals(List.of(), completion.matches("version ", ""));
        assertEquals(List.of(), completion.matches("bogus c", "c"));
    }

    @Test
    void anUnansweredServerGivesNoMatches() {
        Completion offline = new Completion(() -> null);
        assertEquals(List.of(), offline.matches("start ", ""));
    }

    @Test
    void wordsBreakAtReadlineDelimitersButNotAtColonStarOrDash() {
        assertEquals(6, Completion.wordStart("start grp:*", 11));
        assertEquals(6, Completion.wordStart("start my-prog", 13));
        assertEquals(8, Completion.wordStart("start a=b", 9));
        assertEquals(0, Completion.wordStart("sta", 3));
        assertEquals(6, Completion.wordStart("start ", 6));
    }

    @Test
    void processListIsFetchedOncePerCommand() {
        completion.matches("start ", "");
        completion.matches("stop ", "");
        assertEquals(2, fetches); // caching lives in Controller; Completion asks each time
    }
}
