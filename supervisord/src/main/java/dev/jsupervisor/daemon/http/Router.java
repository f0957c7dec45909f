package dev.jsupervisor.daemon.http;

/** Maps a decoded request to the handler that answers it. A pure function of the request. */
@FunctionalInterface
public interface Router {
    Route route(HttpRequest request);
}
