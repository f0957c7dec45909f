package dev.jsupervisor.daemon.process;

/** Both clocks, advanced by hand. Wall time starts at 2023-11-14 22:13:20 UTC. */
final class FakeClock {
    static final long START_EPOCH_MILLIS = 1_700_000_000_000L;
    static final long START_MONO_MILLIS = 5_000_000L;

    private long elapsed;

    Now now() {
        return new Now(START_MONO_MILLIS + elapsed, START_EPOCH_MILLIS + elapsed);
    }

    FakeClock advance(long millis) {
        elapsed += millis;
        return this;
    }

    long elapsedMillis() {
        return elapsed;
    }
}
