package dev.jsupervisor.daemon.server;

import dev.jsupervisor.daemon.http.HttpRequest;
import java.time.Instant;

/** Answers one decoded request, on the loop thread: with a complete response, or one to wait for. */
public interface RequestHandler {
    /** @param now when the request arrived (the response's Date) */
    Reply respond(HttpRequest request, Instant now);
}
