package dev.jsupervisor.daemon.server;

import dev.jsupervisor.daemon.http.HttpRequest;
import dev.jsupervisor.daemon.http.HttpResponse;
import dev.jsupervisor.daemon.http.Route;
import java.time.Instant;
import java.util.Set;

/**
 * The web UI as the HTTP servers see it: the views (index.html, tail.html) and the static files
 * behind them. Implemented in {@code daemon.ui}; the servers only route to it.
 */
public interface UiHandler {
    /** A view; actions that wait for a process answer later. */
    Reply page(Route.UiPage page, HttpRequest request, Instant now);

    /** A file of the static tree (GET or HEAD), or the redirect of a directory named without '/'. */
    HttpResponse staticFile(Route route, HttpRequest request, Instant now);

    /** The static tree's files by relative path ("stylesheets/supervisor.css"), for routing. */
    Set<String> staticFiles();

    /** No UI: the views and files answer 404. */
    UiHandler NONE = new UiHandler() {
        @Override
        public Reply page(Route.UiPage page, HttpRequest request, Instant now) {
            return Reply.now(HttpResponse.error(404, now));
        }

        @Override
        public HttpResponse staticFile(Route route, HttpRequest request, Instant now) {
            return HttpResponse.error(404, now);
        }

        @Override
        public Set<String> staticFiles() {
            return Set.of();
        }
    };
}
