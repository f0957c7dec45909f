package dev.jsupervisor.daemon.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void quoteKeepsWhatPythonKeeps() {
        assertEquals("grp%3Aslow", Html.quote("grp:slow"));
        assertEquals("a/b_c.d-e~f", Html.quote("a/b_c.d-e~f"));
        assertEquals("Page%20refreshed%20at%20Sat%20Nov%2021%2009%3A19%3A38%202026",
                Html.quote("Page refreshed at Sat Nov 21 09:19:38 2026"));
        assertEquals("%5B70%5D%20%26%3F%3D%2B", Html.quote("[70] &?=+"));
        assertEquals("%C3%A9", Html.quote("\u00e9"));
    }

    @Test
    void escapeCoversTextAndAttributes() {
        assertEquals("&lt;b a=&quot;1&quot; b=&#39;2&#39;&gt;&amp;", Html.escape("<b a=\"1\" b='2'>&"));
    }
}
