package dev.jsupervisor.daemon.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StatusPageTest {
    @Test
    void actionsFollowTheReferenceForEveryState() {
        assertEquals(List.of("restart", "stop", "clearlog", "tail-stdout", "tail-stderr"), kinds("RUNNING"));
        for (String state : List.of("STOPPED", "EXITED", "FATAL")) {
            assertEquals(List.of("start", "clearlog", "tail-stdout", "tail-stderr"), kinds(state), state);
        }
        for (String state : List.of("STARTING", "BACKOFF", "STOPPING", "UNKNOWN")) {
            assertEquals(List.of("clearlog", "tail-stdout", "tail-stderr"), kinds(state), state);
        }
    }

    @Test
    void actionLinksAreTheReferenceUrls() {
        String links = StatusPage.actions("RUNNING", "grp%3Aa");
        assertTrue(links.contains("href=\"index.html?processname=grp%3Aa&amp;action=restart\""));
        assertTrue(links.contains("href=\"logtail/grp%3Aa\""));
        assertTrue(links.contains("href=\"logtail/grp%3Aa/stderr\""));
    }

    @Test
    void stateClassesAreTheReferences() {
        assertEquals("statusrunning", StatusPage.stateClass("RUNNING"));
        assertEquals("statuserror", StatusPage.stateClass("FATAL"));
        assertEquals("statuserror", StatusPage.stateClass("BACKOFF"));
        assertEquals("statusnominal", StatusPage.stateClass("EXITED"));
    }

    @Test
    void rowsAreSortedByGroupThenNameAndShadedAlternately() {
        String page = StatusPage.render(List.of(info("b", "b", "RUNNING"), info("a", "z", "STOPPED"),
                info("a", "y", "FATAL")), null, "4.2.5", 2026);
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("data-namespec=\"([^\"]+)\"").matcher(page);
        while (m.find()) {
            names.add(m.group(1));
        }
        assertEquals(List.of("a:y", "a:z", "b"), names);
        assertTrue(page.contains("<tr class=\"shade\" data-namespec=\"a:z\">"));
        assertTrue(page.contains("<tr class=\"\" data-namespec=\"b\">"));
        assertFalse(page.contains("id=\"message\""));
    }

    @Test
    void everythingFromOutsideIsEscaped() {
        Map<String, Object> info = info("g", "p", "EXITED");
        info.put("description", "<script>x</script>");
        String page = StatusPage.render(List.of(info), "<i>hi</i> & bye", "4.2.5", 2026);
        assertTrue(page.contains("&lt;script&gt;x&lt;/script&gt;"));
        assertTrue(page.contains(">&lt;i&gt;hi&lt;/i&gt; &amp; bye</p>"));
        assertFalse(page.contains("<script>"));
    }

    @Test
    void noProcessesSaysSo() {
        String page = StatusPage.render(List.of(), null, "4.2.5", 2026);
        assertTrue(page.contains("No programs to manage"));
        assertFalse(page.contains("<table"));
    }

    private static List<String> kinds(String state) {
        List<String> kinds = new ArrayList<>();
        Matcher m = Pattern.compile("class=\"act (?:act-)?([a-z-]+)\"").matcher(StatusPage.actions(state, "x"));
        while (m.find()) {
            kinds.add(m.group(1));
        }
        return kinds;
    }

    private static Map<String, Object> info(String group, String name, String state) {
        Map<String, Object> info = new java.util.HashMap<>();
        info.put("group", group);
        info.put("name", name);
        info.put("statename", state);
        info.put("description", "");
        return info;
    }
}
