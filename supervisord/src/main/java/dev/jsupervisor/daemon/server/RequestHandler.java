package dev.jsupervisor.daemon.server;

import dev.jsupervisor.daemon.http.HttpRequest;
import dev.jsupervisor.daemon.http.HttpResponse;
import java.time.Instant;

/** Answers one decoded request, on the loop thread, with a complete response. */
public interface RequestHandler {
    HttpResponse respond(HttpRequest request, Instant now);
}
