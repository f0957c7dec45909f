package dev.jsupervisor.e2e.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The web UI in a real browser (headless Chromium): load the status page, click every action
 * (start, stop, restart, clear log, tail, Refresh, Restart All, Stop All), check the message line
 * and, through XML-RPC, the state the action left. Screenshots go to target/webui-screenshots.
 * Skipped when Chromium is not installed.
 */
class WebUiBrowserTest {
    private static final Path SHOTS = Path.of("target", "webui-screenshots");

    @Test
    void everyActionWorksInABrowser() throws Exception {
        Optional<Path> chromium = Browser.installed();
        assumeTrue(chromium.isPresent(), "chromium not installed");
        Path dir = Files.createTempDirectory("webui-e2e");
        try (WebUiDaemon daemon = new WebUiDaemon(dir);
                Browser browser = Browser.start(chromium.get(), Files.createDirectory(dir.resolve("profile")))) {
            daemon.awaitReady();
            new Walk(daemon, browser).run();
        } finally {
            Browser.deleteQuietly(dir);
        }
    }

    /** One pass through the page, in an order where each click has something to do. */
    private record Walk(WebUiDaemon daemon, Browser browser) {
        void run() throws Exception {
            statusPage();
            startWorker();
            stopAndStartWeb();
            restartWeb();
            tailView();
            clearLog();
            refresh();
            stopAll();
            restartAll();
            messagesAreText();
        }

        void statusPage() throws Exception {
            browser.open(daemon.url() + "/");
            assertEquals("Supervisor Status", browser.eval("document.title"));
            assertEquals(2.0, browser.eval("document.querySelectorAll('#processes tbody tr').length"));
            assertEquals("running", state("web"));
            assertEquals("stopped", state("grp:worker"));
            assertEquals("statusrunning", browser.eval(row("web") + ".querySelector('.status span').className"));
            assertTrue(browser.text(rowSelector("web") + " .description").startsWith("pid "));
            assertEquals(null, browser.text("#message"));
            shot("01-status");
        }

        void startWorker() throws Exception {
            browser.clickAndWait(rowSelector("grp:worker") + " a.act-start");
            assertEquals("Process grp:worker started", message());
            assertEquals("RUNNING", daemon.state("grp:worker"));
            assertEquals("running", state("grp:worker"));
            shot("02-started");
        }

        void stopAndStartWeb() throws Exception {
            browser.clickAndWait(rowSelector("web") + " a.act-stop");
            assertEquals("Process web stopped", message());
            assertEquals("STOPPED", daemon.state("web"));
            assertEquals("stopped", state("web"));
            shot("03-stopped");
            browser.clickAndWait(rowSelector("web") + " a.act-start");
            assertEquals("Process web started", message());
            assertEquals("RUNNING", daemon.state("web"));
        }

        void restartWeb() throws Exception {
            Object before = daemon.info("web").get("pid");
            browser.clickAndWait(rowSelector("web") + " a.act-restart");
            assertEquals("Process web restarted", message());
            assertEquals("RUNNING", daemon.state("web"));
            assertNotEquals(before, daemon.info("web").get("pid"));
            shot("04-restarted");
        }

        /** The name links to tail.html; its text is the log, escaped; auto-refresh reloads it. */
        void tailView() throws Exception {
            String href = (String) browser.eval(row("web") + ".querySelector('td.name a').href");
            browser.open(href);
            assertEquals("Supervisor tail of process web", browser.eval("document.title"));
            assertTrue(browser.text("#tail").contains("out <b>&amp;"), browser.text("#tail"));
            assertEquals(0.0, browser.eval("document.querySelectorAll('#tail b').length"));
            shot("05-tail");
            browser.clickAndWait("#autorefresh");
            assertTrue(((String) browser.eval("location.href")).contains("autorefresh=1"));
            browser.markDocument();
            browser.awaitNewDocument();     // the page reloaded by itself
            assertEquals("Stop auto-refresh", browser.text("#autorefresh"));
            browser.clickAndWait("#autorefresh");
            assertFalse(((String) browser.eval("location.href")).contains("autorefresh"));
            browser.clickAndWait("#refresh");
            assertEquals("Supervisor tail of process web", browser.eval("document.title"));
        }

        void clearLog() throws Exception {
            browser.open(daemon.url() + "/index.html");
            assertFalse(daemon.stdoutLog("web").isEmpty());
            browser.clickAndWait(rowSelector("web") + " a.act-clearlog");
            assertEquals("Log for web cleared", message());
            assertEquals("", daemon.stdoutLog("web"));
            shot("06-cleared");
        }

        void refresh() throws Exception {
            browser.clickAndWait("#refresh");
            assertTrue(message().startsWith("Page refreshed at "), message());
        }

        void stopAll() throws Exception {
            browser.clickAndWait("#stopall");
            assertTrue(message().startsWith("All stopped at "), message());
            assertEquals("STOPPED", daemon.state("web"));
            assertEquals("STOPPED", daemon.state("grp:worker"));
            assertEquals("stopped", state("web"));
            shot("07-all-stopped");
        }

        void restartAll() throws Exception {
            browser.clickAndWait("#restartall");
            assertTrue(message().startsWith("All restarted at "), message());
            assertEquals("RUNNING", daemon.state("web"));
            assertEquals("RUNNING", daemon.state("grp:worker"));
            assertEquals("running", state("grp:worker"));
            shot("08-all-restarted");
        }

        /** A hostile ?message= is shown as text, never run. */
        void messagesAreText() throws Exception {
            String hostile = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>";
            browser.open(daemon.url() + "/index.html?message="
                    + java.net.URLEncoder.encode(hostile, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(hostile, message());
            assertEquals(0.0, browser.eval("document.querySelectorAll('#message *').length"));
            assertEquals(false, browser.eval("window.__pwned === 1"));
            shot("09-escaped-message");
        }

        private String message() throws Exception {
            return browser.text("#message");
        }

        private String state(String namespec) throws Exception {
            return browser.text(rowSelector(namespec) + " td.status span");
        }

        private static String rowSelector(String namespec) {
            return "tr[data-namespec=\"" + namespec + "\"]";
        }

        private static String row(String namespec) {
            return "document.querySelector('" + rowSelector(namespec) + "')";
        }

        private void shot(String name) throws Exception {
            browser.screenshot(SHOTS.resolve(name + ".png"));
        }
    }
}
