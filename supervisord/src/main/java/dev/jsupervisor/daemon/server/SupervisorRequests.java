package dev.jsupervisor.daemon.server;

import dev.jsupervisor.daemon.http.BasicAuth;
import dev.jsupervisor.daemon.http.HttpRequest;
import dev.jsupervisor.daemon.http.HttpResponse;
import dev.jsupervisor.daemon.http.Route;
import dev.jsupervisor.daemon.http.Router;
import dev.jsupervisor.daemon.rpc.RpcDispatcher;
import dev.jsupervisor.daemon.rpc.RpcReply;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * One server's request handling: authentication first (every route, error pages included), then
 * the route. Served so far: XML-RPC, the health check and the log tails; the web UI answers 404
 * until it exists.
 */
final class SupervisorRequests implements RequestHandler {
    private final Optional<BasicAuth> auth;
    private final Router router;
    private final RpcDispatcher rpc;
    private LogTails logTails;

    SupervisorRequests(Optional<BasicAuth> auth, Router router, RpcDispatcher rpc) {
        this.auth = auth;
        this.router = router;
        this.rpc = rpc;
    }

    /** Serves /logtail and /mainlogtail from these (404 without). */
    SupervisorRequests withLogTails(LogTails tails) {
        this.logTails = tails;
        return this;
    }

    @Override
    public HttpResponse respond(HttpRequest request, Instant now) {
        if (auth.isPresent()) {
            switch (auth.get().check(request)) {
                case UNAUTHORIZED:
                    return BasicAuth.unauthorized(now);
                case MALFORMED:
                    return HttpResponse.error(400, now);
                case NO_SEPARATOR:
                    return HttpResponse.error(500, now);
                default:
                    break;
            }
        }
        return route(router.route(request), request, now);
    }

    private HttpResponse route(Route route, HttpRequest request, Instant now) {
        if (route instanceof Route.Rpc2) {
            return xmlRpc(request, now);
        }
        if (route instanceof Route.UiPage page && page.page() == Route.Page.OK) {
            return HttpResponse.create(200, now).set("Content-Type", "text/plain")
                    .body(Messages.OK_BODY.getBytes(StandardCharsets.US_ASCII));
        }
        if (route instanceof Route.Logtail tail && logTails != null) {
            return logTails.processLog(tail, now);
        }
        if (route instanceof Route.MainLogtail && logTails != null) {
            return logTails.mainLog(now);
        }
        if (route instanceof Route.Refused refused) {
            return HttpResponse.error(refused.status(), now);
        }
        return HttpResponse.error(404, now);
    }

    private HttpResponse xmlRpc(HttpRequest request, Instant now) {
        RpcReply reply = rpc.handle(request.body());
        if (reply.httpStatus() != 200) {
            return HttpResponse.error(reply.httpStatus(), now);
        }
        return HttpResponse.create(200, now).set("Content-Type", "text/xml").body(reply.body());
    }
}
