package dev.jsupervisor.daemon.server;

import dev.jsupervisor.daemon.http.HttpResponse;

/** Where a {@link PendingReply} writes its response; implemented by the connection that parked it. */
public interface ReplySink {
    /** The response, exactly once and first: complete, or the head of a {@link HttpResponse#streamed} body. */
    void respond(HttpResponse response);

    /** One piece of a streamed body, after {@link #respond}. */
    void body(byte[] data);
}
