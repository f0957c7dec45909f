package dev.jsupervisor.daemon.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The routing table. Rows marked [V] were checked against the reference (see the recorded
 * samples' README); the others follow from its handler chain.
 */
class SupervisorRouterTest {
    /** The reference's ui/ directory. */
    private static final Set<String> UI_FILES = Set.of("status.html", "tail.html", "stylesheets/supervisor.css",
            "images/icon.png", "images/rule.gif", "images/state0.gif", "images/state1.gif", "images/state2.gif",
            "images/state3.gif", "images/supervisor.gif");

    private static final Router ROUTER = new SupervisorRouter(UI_FILES);

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        // XML-RPC: any path starting with /RPC2, POST only, Content-Length required
        "POST   | /RPC2                  | Rpc2[]",                                  // [V]
        "POST   | /RPC2/anything?x       | Rpc2[]",
        "POST   | /%52PC2                | Rpc2[]",
        "GET    | /RPC2                  | Refused[status=400]",                     // [V]
        "PUT    | /RPC2x                 | Refused[status=400]",
        "POST-CHUNKED | /RPC2            | Refused[status=411]",                     // [V]
        "POST-NOLENGTH | /RPC2           | Refused[status=411]",                     // [V]
        // log tails
        "GET    | /logtail/cat           | Logtail[namespec=cat, channel=stdout]",   // [V]
        "GET    | /logtail/cat/stderr    | Logtail[namespec=cat, channel=stderr]",
        "GET    | /logtail/grp:cat/stdout | Logtail[namespec=grp:cat, channel=stdout]",
        "GET    | /logtail/grp%3Acat     | Logtail[namespec=grp:cat, channel=stdout]",
        "GET    | /logtail/grp%253Acat   | Logtail[namespec=grp:cat, channel=stdout]",
        "GET    | /logtail/c%61t         | Logtail[namespec=cat, channel=stdout]",   // [V]
        "GET    | /logtail/cat/stdout/x  | Logtail[namespec=cat, channel=stdout/x]",
        "GET    | /logtail/cat?x=1       | Logtail[namespec=cat, channel=stdout]",
        "GET    | /logtail/              | Logtail[namespec=, channel=stdout]",
        "GET    | //logtail/cat          | NOT-PREFIX",
        "GET    | /logtail               | Refused[status=500]",                     // [V]
        "GET    | /logtailcat            | Refused[status=500]",
        "POST   | /logtail/cat           | Refused[status=400]",                     // [V]
        "HEAD   | /logtail/cat           | Refused[status=400]",
        "GET    | /mainlogtail           | MainLogtail[]",                           // [V]
        "GET    | /mainlogtail/x         | MainLogtail[]",
        "POST   | /mainlogtail           | Refused[status=400]",
        // UI views: GET and POST
        "GET    | /                      | UiPage[page=INDEX]",                      // [V]
        "GET    | /index.html?action=refresh | UiPage[page=INDEX]",
        "POST   | /index.html            | UiPage[page=INDEX]",
        "POST-NOLENGTH | /index.html     | Refused[status=411]",
        "GET    | //tail.html?processname=cat | UiPage[page=TAIL]",
        "GET    | /ok.html               | UiPage[page=OK]",                         // [V]
        "GET    | /ok.html;params        | UiPage[page=OK]",
        "POST-NOLENGTH | /ok.html        | Refused[status=411]",                     // [V]
        // the static fallback: GET and HEAD
        "HEAD   | /ok.html               | Refused[status=404]",                     // [V]
        "HEAD   | /                      | Refused[status=404]",                     // [V]
        "GET    | /nosuch                | Refused[status=404]",                     // [V]
        "PUT    | /nosuch                | Refused[status=400]",                     // [V]
        "DELETE | /index.html            | Refused[status=400]",
        "GET    | /stylesheets/supervisor.css | StaticFile[path=stylesheets/supervisor.css]", // [V]
        "HEAD   | /images/icon.png       | StaticFile[path=images/icon.png]",
        "GET    | /status.html           | StaticFile[path=status.html]",
        "GET    | /images/../stylesheets/./supervisor.css | StaticFile[path=stylesheets/supervisor.css]",
        "GET    | /../../etc/passwd      | Refused[status=404]",
        "GET    | /images%2Ficon.png     | StaticFile[path=images/icon.png]",
        "GET    | /images                | DirectoryRedirect[path=images]",          // [V]
        "GET    | /images/               | Refused[status=404]",
    })
    void routes(String method, String target, String expected) {
        String route = ROUTER.route(request(method, target)).toString();
        if (expected.equals("NOT-PREFIX")) {
            assertEquals(false, route.startsWith("Logtail"), route);
        } else {
            assertEquals(expected, route);
        }
    }

    /** "POST-CHUNKED" and "POST-NOLENGTH" are POSTs framed that way; other POSTs carry Content-Length. */
    private static HttpRequest request(String method, String target) {
        String fields = switch (method) {
            case "POST-CHUNKED" -> "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n";
            case "POST-NOLENGTH" -> "\r\n";
            case "POST" -> "Content-Length: 0\r\n\r\n";
            default -> "\r\n";
        };
        String verb = method.startsWith("POST") ? "POST" : method;
        String wire = verb + " " + target + " HTTP/1.1\r\n" + fields;
        return new HttpRequestDecoder().feed(ByteBuffer.wrap(wire.getBytes(StandardCharsets.UTF_8))).get(0);
    }
}
