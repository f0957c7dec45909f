package dev.jsupervisor.daemon.server;

import dev.jsupervisor.daemon.http.HttpResponse;

/**
 * What a {@link RequestHandler} answers: a complete response now, or a {@link PendingReply} that
 * the connection parks and asks again after every loop pass until it has written its response.
 */
public sealed interface Reply {
    /** The response is known now. */
    record Ready(HttpResponse response) implements Reply {}

    /** The response comes later (a call that waits, or a streamed body). */
    record Later(PendingReply pending) implements Reply {}

    static Reply now(HttpResponse response) {
        return new Ready(response);
    }

    static Reply later(PendingReply pending) {
        return new Later(pending);
    }
}
