package dev.jsupervisor.daemon.process;

/** The fixed intervals of the supervision core, in milliseconds of the monotonic clock. */
public final class Timing {
    private Timing() {}

    /**
     * How long after the {@link Supervision} is created autostart programs wait. Supervisor 4.2.5
     * waits about one second (its loop polls before the first transition, spec §12 item 1); that
     * is a documented upstream bug, fixed in 4.4.0.dev, and nothing depends on it, so we start at
     * once. Set to 1000 to reproduce 4.2.5.
     */
    public static final long FIRST_AUTOSTART_DELAY_MILLIS = 0;

    /** Shutdown/restart logs {@code waiting for a, b to die} at most this often. */
    public static final long SHUTDOWN_REPORT_INTERVAL_MILLIS = 3_000;

    /** A waiting stop request logs {@code waiting for x to stop} at most this often. */
    public static final long STOP_REPORT_INTERVAL_MILLIS = 2_000;
}
