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
 * the route: XML-RPC, the health check, the log tails, and the web UI's views and static files.
 */
final class SupervisorRequests implements RequestHandler {
    private final Optional<BasicAuth> auth;
    private final Router router;
    private final RpcDispatcher rpc;
    private LogTails logTails;
    private UiHandler ui = UiHandler.NONE;

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

    /** Serves the web UI's views and files through this (404 without). */
    SupervisorRequests withUi(UiHandler handler) {
        this.ui = handler;
        return this;
    }

    @Override
    public Reply respond(HttpRequest request, Instant now) {
        if (auth.isPresent()) {
            switch (auth.get().check(request)) {
                case UNAUTHORIZED:
                    return Reply.now(BasicAuth.unauthorized(now));
                case MALFORMED:
                    return Reply.now(HttpResponse.error(400, now));
                case NO_SEPARATOR:
                    return Reply.now(HttpResponse.error(500, now));
                default:
                    break;
            }
        }
        Route route = router.route(request);
        if (route instanceof Route.Rpc2) {
            return xmlRpc(request, now);
        }
        if (route instanceof Route.UiPage page && page.page() != Route.Page.OK) {
            return ui.page(page, request, now);
        }
        if (route instanceof Route.StaticFile || route instanceof Route.DirectoryRedirect) {
            return Reply.now(ui.staticFile(route, request, now));
        }
        return Reply.now(route(route, now));
    }

    private HttpResponse route(Route route, Instant now) {
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

    /** A call that waits is parked; its response keeps the Date of the request's arrival. */
    private Reply xmlRpc(HttpRequest request, Instant now) {
        RpcReply reply = rpc.handle(request.body());
        if (!reply.isPending()) {
            return Reply.now(response(reply, now));
        }
        return Reply.later(new PendingReply() {
            @Override
            public boolean poll(ReplySink sink, Instant pollTime) {
                Optional<RpcReply> done = reply.poll();
                done.ifPresent(finished -> sink.respond(response(finished, now)));
                return done.isPresent();
            }

            @Override
            public void cancel() {
                reply.cancel();
            }
        });
    }

    private static HttpResponse response(RpcReply reply, Instant now) {
        if (reply.httpStatus() != 200) {
            return HttpResponse.error(reply.httpStatus(), now);
        }
        return HttpResponse.create(200, now).set("Content-Type", "text/xml").body(reply.body());
    }
}
