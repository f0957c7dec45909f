package dev.jsupervisor.daemon.ui;

import java.util.Optional;

/**
 * An action of the status page under way: asked after every loop pass until it has the message
 * that the redirect carries. Most know it at once; stop, restart and the "all" buttons wait for
 * the processes, as the reference's deferred callbacks do.
 */
interface Action {
    /** Empty while still waiting; then the message for ?message=. */
    Optional<String> poll();

    /** The browser went away; what was already done stays done. */
    default void cancel() {
    }

    /** An action whose message is known now. */
    static Action done(String message) {
        return () -> Optional.of(message);
    }
}
