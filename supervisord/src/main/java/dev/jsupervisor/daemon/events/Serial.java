package dev.jsupervisor.daemon.events;

/** A counter from 0 that wraps after Long.MAX_VALUE, like the reference's serials (sys.maxsize). */
public final class Serial {
    public Serial() {}

    private long last = -1;

    long next() {
        last = last == Long.MAX_VALUE ? 0 : last + 1;
        return last;
    }
}
