package dev.jsupervisor.e2e.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jsupervisor.e2e.dist.Dist;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The web UI's contract against the reference supervisord: the same requests to both daemons
 * give the same status codes, redirect Locations (messages included) and, for tail.html, the
 * same title and log text. The markup itself is ours and not compared.
 */
class WebUiDifferentialTest {
    private static final Path REFERENCE = Path.of("/usr/bin/supervisord");
    /**
     * What "web" prints: markup and a bare ampersand. (Not an entity such as "&amp;": the
     * reference leaves those unescaped, so a browser shows "&" where the log has "&amp;"; we
     * escape every '&'. Compared as decoded text, the two would differ there.)
     */
    private static final String OUTPUT = "out <b> & x";

    /** Each request leaves both daemons in the same state for the next. */
    static final String[] STEPS = {
        "GET index.html?action=refresh",
        "GET index.html?processname=grp%3Aworker&action=start",
        "GET index.html?processname=web&action=stop",
        "GET index.html?processname=grp:worker&action=restart",
        "GET index.html?processname=web&action=clearlog",
        "GET index.html?processname=nope&action=start",
        "GET index.html?processname=grp:&action=start",
        "GET index.html?processname=web&action=stop",
        "GET index.html?processname=web&action=start",
        "GET index.html?processname=web&action=start",
        "GET index.html?action=bogus",
        "GET index.html?processname=web&action=bogus",
        "GET index.html?processname=nope&action=bogus",
        "GET index.html?processname=&action=start",
        "POST index.html?action=refresh processname=web&action=stop",
        "POST index.html processname=web&action=start",
        "GET index.html?action=stopall",
        "GET index.html?action=restartall",
        "GET tail.html?processname=grp:worker&limit=3",
        "GET tail.html",
        "GET tail.html?processname=",
        "GET tail.html?processname=nope",
        "GET tail.html?processname=web&limit=x",
        "GET index.html?processname=web&action=stop&message=x",
        "GET ok.html",
        "PUT index.html",
        "GET stylesheets",
    };

    @Test
    void urlsRedirectsAndMessagesMatchTheReference() throws Exception {
        assumeTrue(Files.isExecutable(REFERENCE), "reference supervisord not installed");
        Path dir = Files.createTempDirectory("webui-diff");
        List<String> differences = new ArrayList<>();
        try (WebUiDaemon ref = new WebUiDaemon(Files.createDirectory(dir.resolve("ref")), REFERENCE, OUTPUT);
                WebUiDaemon ours = new WebUiDaemon(Files.createDirectory(dir.resolve("ours")),
                        Dist.home().resolve("bin/supervisord"), OUTPUT)) {
            ref.awaitReady();
            ours.awaitReady();
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            for (String step : STEPS) {
                String expected = answer(http, ref, step);
                String actual = answer(http, ours, step);
                if (!expected.equals(actual)) {
                    differences.add(step + "\n  reference: " + expected + "\n  ours:      " + actual);
                }
            }
        } finally {
            Browser.deleteQuietly(dir);
        }
        assertEquals("", String.join("\n", differences));
    }

    /** Status, Location with port and times masked, and a tail page's title and text. */
    private static String answer(HttpClient http, WebUiDaemon daemon, String step) throws Exception {
        String[] parts = step.split(" ", 3);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(daemon.url() + "/" + parts[1]))
                .timeout(Duration.ofSeconds(30));
        if (parts[0].equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(parts[2]));
        } else {
            request.method(parts[0], HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        StringBuilder out = new StringBuilder(Integer.toString(response.statusCode()));
        response.headers().firstValue("Location").ifPresent(location -> out.append(" -> ").append(
                location.replace(":" + daemon.port, ":PORT")
                        .replaceAll("%20at%20.*", "%20at%20TIME")));
        if (parts[1].startsWith("tail.html")) {
            out.append(" | ").append(first("<title>(.*?)</title>", response.body()))
                    .append(" | ").append(first("<pre[^>]*>(.*?)</pre>", response.body()));
        }
        if (parts[1].startsWith("ok.html")) {
            out.append(" | ").append(response.body());
        }
        return out.toString();
    }

    private static String first(String regex, String body) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(body);
        return m.find() ? unescape(m.group(1)) : "<none>";
    }

    /** The text a browser shows: both sides escape differently ('>' or not) but must mean the same. */
    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
