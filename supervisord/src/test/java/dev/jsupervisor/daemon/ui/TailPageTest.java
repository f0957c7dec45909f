package dev.jsupervisor.daemon.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TailPageTest {
    @Test
    void limitIsAtLeast1024AndDigitsOnly() {
        assertEquals(1024, WebUi.limit("3"));
        assertEquals(1024, WebUi.limit("0"));
        assertEquals(5000, WebUi.limit("5000"));
        assertEquals(1024, WebUi.limit("-5000"));
        assertEquals(1024, WebUi.limit("abc"));
        assertEquals(1024, WebUi.limit(""));
        assertEquals(Long.MAX_VALUE, WebUi.limit("99999999999999999999999"));
    }

    @Test
    void refreshKeepsNameAndLimit() {
        String page = TailPage.render("grp:a", 2048, "x < y", false);
        assertTrue(page.contains("<title>Supervisor tail of process grp:a</title>"));
        assertTrue(page.contains("href=\"tail.html?processname=grp%3Aa&amp;limit=2048\""));
        assertTrue(page.contains("href=\"tail.html?processname=grp%3Aa&amp;limit=2048&amp;autorefresh=1\""));
        assertTrue(page.contains(">x &lt; y</pre>"));
        assertFalse(page.contains("http-equiv"));
    }

    @Test
    void autoRefreshReloadsAndOffersToStop() {
        String page = TailPage.render("a", 1024, "", true);
        assertTrue(page.contains("<meta http-equiv=\"refresh\" content=\"2\">"));
        assertTrue(page.contains("Stop auto-refresh"));
    }

    @Test
    void withoutANameThereIsNothingToRefresh() {
        String page = TailPage.render(null, 1024, Messages.NO_PROCESS_NAME, true);
        assertTrue(page.contains("<title>Supervisor tail of process None</title>"));
        assertFalse(page.contains("href=\"tail.html"));
        assertFalse(page.contains("http-equiv"));
    }
}
