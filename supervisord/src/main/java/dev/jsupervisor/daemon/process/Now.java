package dev.jsupervisor.daemon.process;

/**
 * The moment a decision is taken, read once per loop pass by the shell and passed in.
 *
 * <p>Two clocks on purpose: every duration (startsecs, backoff delays, stopwaitsecs, report
 * cadences) is measured on {@code monotonicMillis}, so setting the system clock back or forward
 * cannot stall or hurry a timer (the reference works around that with its clock-rollback
 * clamping). {@code epochMillis} is wall time, kept only for what users see: a process's start and
 * stop times and its uptime.
 *
 * @param monotonicMillis a monotonic clock in milliseconds (e.g. {@code System.nanoTime() / 1e6})
 * @param epochMillis wall-clock time since the Unix epoch in milliseconds
 */
public record Now(long monotonicMillis, long epochMillis) {

    /** Wall time in whole seconds, as the reference's int(time.time()) reports it. */
    public long epochSeconds() {
        return Math.floorDiv(epochMillis, 1000L);
    }

    /** The same moment {@code millis} later on both clocks (handy for tests and fakes). */
    public Now plusMillis(long millis) {
        return new Now(monotonicMillis + millis, epochMillis + millis);
    }
}
