package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.daemon.process.Now;

/** Reads both clocks the core needs: a monotonic one for durations, wall time for display. */
final class LoopClock {
    private LoopClock() {}

    static Now now() {
        return new Now(System.nanoTime() / 1_000_000L, System.currentTimeMillis());
    }
}
