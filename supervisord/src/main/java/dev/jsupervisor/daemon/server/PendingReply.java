package dev.jsupervisor.daemon.server;

import java.time.Instant;

/**
 * A reply that is not complete yet, parked by its connection. The loop thread polls it once when
 * it is parked and then after every loop pass (a pass follows every process state change, since
 * SIGCHLD, pipes and process deadlines all wake the loop), so waiting never blocks the loop.
 *
 * <p>A poll writes what is ready into the sink: first the response ({@link ReplySink#respond},
 * either complete or the head of a streamed body), then, for a streamed body, its pieces
 * ({@link ReplySink#body}). Returning true ends the reply; a streamed body is then terminated.
 * Responses stay in request order: the requests behind a parked one wait for it.
 */
public interface PendingReply {
    /**
     * @param now the time of this poll
     * @return true once the reply is complete and nothing more will be written
     */
    boolean poll(ReplySink sink, Instant now);

    /** The client went away, or the server is closing, before the reply completed. */
    void cancel();
}
