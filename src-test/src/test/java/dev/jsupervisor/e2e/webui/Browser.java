package dev.jsupervisor.e2e.webui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven through its DevTools protocol: one page, navigated, clicked and
 * photographed. The browser picks its own debugging port (port 0) and names it in the
 * DevToolsActivePort file of its profile directory, so no port can be taken by someone else.
 */
final class Browser implements AutoCloseable {
    static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));

    private final Process process;
    private final List<ProcessHandle> family;
    private final DevTools page;

    private Browser(Process process, DevTools page) {
        this.process = process;
        this.family = process.descendants().toList();
        this.page = page;
    }

    static Optional<Path> installed() {
        return CANDIDATES.stream().filter(Files::isExecutable).findFirst();
    }

    static Browser start(Path chromium, Path profile) throws Exception {
        Process process = new ProcessBuilder(chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--mute-audio",
                "--window-size=1100,700", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
        try {
            int port = debuggingPort(profile.resolve("DevToolsActivePort"), process);
            return new Browser(process, DevTools.connect(pageSocket(port)));
        } catch (Exception | AssertionError e) {
            stop(process, process.descendants().toList());
            throw e;
        }
    }

    private static int debuggingPort(Path file, Process process) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until && process.isAlive()) {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).strip());
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("chromium gave no DevTools port");
    }

    /** The first page target's WebSocket, from /json/list. */
    private static String pageSocket(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Pattern ws = Pattern.compile("\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+/devtools/page/[^\"]+)\"");
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = ws.matcher(list);
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("chromium has no page target");
    }

    /** Loads {@code url} and waits for the new document. */
    void open(String url) throws Exception {
        markDocument();
        page.send("Page.navigate", "{\"url\":" + Json.quote(url) + "}");
        awaitNewDocument();
    }

    /** Clicks the element, which must lead to another document, and waits for that. */
    void clickAndWait(String selector) throws Exception {
        markDocument();
        Object found = eval("(function(){var e=document.querySelector(" + Json.quote(selector)
                + ");if(!e)return false;e.click();return true;})()");
        if (!Boolean.TRUE.equals(found)) {
            throw new AssertionError("nothing to click at " + selector + " on " + eval("location.href"));
        }
        awaitNewDocument();
    }

    /** Whether the current document is still the one marked last (a reload makes a new one). */
    boolean sameDocument() throws Exception {
        return Boolean.TRUE.equals(eval("window.__webuiMark === true"));
    }

    void markDocument() throws Exception {
        eval("window.__webuiMark = true");
    }

    void awaitNewDocument() throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            try {
                if (!sameDocument() && "complete".equals(eval("document.readyState"))) {
                    return;
                }
            } catch (IllegalStateException navigating) {
                // the context went away mid-evaluation: keep polling
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no new document after 20 s at " + eval("location.href"));
    }

    /** The value of a JavaScript expression (strings, numbers as Double, booleans). */
    @SuppressWarnings("unchecked")
    Object eval(String expression) throws Exception {
        Map<String, Object> result = page.send("Runtime.evaluate",
                "{\"expression\":" + Json.quote(expression) + ",\"returnByValue\":true}");
        Map<String, Object> value = (Map<String, Object>) result.get("result");
        if (result.containsKey("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        return value.get("value");
    }

    String text(String selector) throws Exception {
        Object text = eval("(function(){var e=document.querySelector(" + Json.quote(selector)
                + ");return e?e.textContent:null;})()");
        return (String) text;
    }

    void screenshot(Path file) throws Exception {
        Map<String, Object> shot = page.send("Page.captureScreenshot", "{\"format\":\"png\"}");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    @Override
    public void close() {
        page.close();
        stop(process, family);
    }

    /** Ends the browser and every helper process it had started (renderers, zygotes), by pid. */
    private static void stop(Process process, List<ProcessHandle> known) {
        List<ProcessHandle> all = new java.util.ArrayList<>(known);
        all.addAll(process.descendants().toList());
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle child : all) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }

    static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp dir is harmless
        }
    }
}
