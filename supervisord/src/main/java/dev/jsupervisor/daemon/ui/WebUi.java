package dev.jsupervisor.daemon.ui;

import dev.jsupervisor.daemon.http.FormFields;
import dev.jsupervisor.daemon.http.HttpRequest;
import dev.jsupervisor.daemon.http.HttpResponse;
import dev.jsupervisor.daemon.http.Route;
import dev.jsupervisor.daemon.rpc.DaemonControl;
import dev.jsupervisor.daemon.rpc.RpcDispatcher;
import dev.jsupervisor.daemon.server.PendingReply;
import dev.jsupervisor.daemon.server.Reply;
import dev.jsupervisor.daemon.server.ReplySink;
import dev.jsupervisor.daemon.server.UiHandler;
import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The web UI (spec 8.2, 8.3): index.html (the status table and its actions) and tail.html, on
 * the loop thread. Every action goes through the XML-RPC method table ({@link RpcDispatcher#call}),
 * so the UI does what supervisorctl would. An action answers 301 to "/?message=..." once it is
 * done; those that wait for processes are parked like a waiting /RPC2 call.
 */
public final class WebUi implements UiHandler {
    private static final String VERSION = "4.2.5";

    private final RpcDispatcher rpc;
    private final Actions actions;
    private final ZoneId zone;
    private final StaticFiles files = new StaticFiles(Instant.now());

    public WebUi(DaemonControl daemon, RpcDispatcher rpc) {
        this(daemon, rpc, ZoneId.systemDefault());
    }

    WebUi(DaemonControl daemon, RpcDispatcher rpc, ZoneId zone) {
        this.rpc = rpc;
        this.zone = zone;
        this.actions = new Actions(rpc, daemon::supervision, zone);
    }

    @Override
    public Reply page(Route.UiPage page, HttpRequest request, Instant now) {
        Map<String, String> form = FormFields.of(request);
        if (page.page() == Route.Page.TAIL) {
            return Reply.now(html(tail(form), now));
        }
        String action = form.get("action");
        if (action == null || action.isEmpty()) {
            return Reply.now(html(status(form.get("message")), now));
        }
        return act(action, form.get("processname"), ServerUrl.of(request), now);
    }

    @Override
    public HttpResponse staticFile(Route route, HttpRequest request, Instant now) {
        return files.serve(route, request, now);
    }

    @Override
    public Set<String> staticFiles() {
        return files.names();
    }

    // ---- index.html ---------------------------------------------------------------------------

    private Reply act(String name, String namespec, String serverUrl, Instant now) {
        Action action;
        try {
            action = actions.start(name, namespec);
        } catch (Actions.UnknownAction | FaultException e) {
            return Reply.now(HttpResponse.error(500, now));    // the reference's handler raises
        }
        Optional<String> message = action.poll();
        if (message.isPresent()) {
            return Reply.now(redirect(serverUrl, message.get(), now));
        }
        return Reply.later(new PendingReply() {
            @Override
            public boolean poll(ReplySink sink, Instant pollTime) {
                Optional<String> done = action.poll();
                done.ifPresent(m -> sink.respond(redirect(serverUrl, m, now)));
                return done.isPresent();
            }

            @Override
            public void cancel() {
                action.cancel();
            }
        });
    }

    /** The reference's 301: its error page as the body, Location to the status page with the message. */
    private static HttpResponse redirect(String serverUrl, String message, Instant now) {
        String location = serverUrl + "/?message=" + Html.quote(message);
        HttpResponse response = HttpResponse.create(301, now).set("Location", location);
        return noCache(response.set("Content-Type", "text/html")).toError(301);
    }

    @SuppressWarnings("unchecked")
    private String status(String message) {
        List<Map<String, Object>> infos;
        try {
            infos = (List<Map<String, Object>>) rpc.call("supervisor.getAllProcessInfo").poll().orElseThrow();
        } catch (FaultException e) {
            infos = List.of();
        }
        return StatusPage.render(infos, message, VERSION, LocalDate.now(zone).getYear());
    }

    // ---- tail.html ----------------------------------------------------------------------------

    private String tail(Map<String, String> form) {
        String namespec = form.get("processname");
        long limit = limit(form.getOrDefault("limit", "1024"));
        boolean auto = isOn(form.get("autorefresh"));
        if (namespec == null || namespec.isEmpty()) {
            return TailPage.render(namespec, limit, Messages.NO_PROCESS_NAME, auto);
        }
        String text;
        try {
            int offset = (int) -Math.min(limit, Integer.MAX_VALUE);
            text = (String) rpc.call("supervisor.readProcessStdoutLog", namespec, offset, 0).poll().orElseThrow();
        } catch (FaultException f) {
            text = f.code() == Fault.NO_FILE.code() ? Messages.noFile(namespec)
                    : Messages.tailError(f.code(), f.faultString());
        }
        return TailPage.render(namespec, limit, text, auto);
    }

    /** At least 1024 bytes; anything but plain digits means 1024, as in the reference. */
    static long limit(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 1024;
        }
        long asked = text.length() > 18 ? Long.MAX_VALUE : Long.parseLong(text);
        return Math.max(1024, asked);
    }

    private static boolean isOn(String flag) {
        return flag != null && !flag.isEmpty() && !flag.equals("0");
    }

    // ---- responses ----------------------------------------------------------------------------

    private static HttpResponse html(String page, Instant now) {
        HttpResponse response = HttpResponse.create(200, now).set("Content-Type", "text/html;charset=utf-8");
        return noCache(response).body(page.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse noCache(HttpResponse response) {
        return response.set("Pragma", "no-cache").set("Cache-Control", "no-cache")
                .set("Expires", "Thu, 01 Jan 1970 00:00:00 GMT");
    }
}
