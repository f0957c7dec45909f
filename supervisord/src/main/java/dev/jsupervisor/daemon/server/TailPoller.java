package dev.jsupervisor.daemon.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The open /logtail and /mainlogtail streams, checked for new bytes by the loop thread every
 * {@link #INTERVAL_MILLIS} while any is open. The reference looks at its followed files on each
 * pass of its loop (at least once a second); the loop may otherwise sleep for a minute, so it
 * asks {@link #millisUntilDue} how long it may sleep.
 */
public final class TailPoller {
    static final long INTERVAL_MILLIS = 200;

    private final Set<FollowedLog> open = new LinkedHashSet<>();
    private long lastPollNanos = System.nanoTime();

    void add(FollowedLog log) {
        open.add(log);
    }

    void remove(FollowedLog log) {
        open.remove(log);
    }

    /** How long the loop may sleep before the next check; Long.MAX_VALUE while no stream is open. */
    public long millisUntilDue() {
        if (open.isEmpty()) {
            return Long.MAX_VALUE;
        }
        long elapsed = (System.nanoTime() - lastPollNanos) / 1_000_000;
        return Math.max(0, INTERVAL_MILLIS - elapsed);
    }

    /** Once per loop pass: checks every stream if the interval has passed. */
    public void pollDue() {
        if (open.isEmpty() || millisUntilDue() > 0) {
            return;
        }
        lastPollNanos = System.nanoTime();
        for (FollowedLog log : new ArrayList<>(open)) {
            log.poll();
        }
    }
}
