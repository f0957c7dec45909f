package dev.jsupervisor.daemon.process;

import dev.jsupervisor.xmlrpc.ProcessState;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code description} of getProcessInfo and of supervisorctl's status column (spec §4.4):
 * a pure function of what the process record says, the wall clock and the local time zone.
 */
public final class Description {
    private Description() {}

    /** strftime {@code %b %d %I:%M %p} in the C locale, e.g. {@code Nov 21 04:21 AM}. */
    private static final DateTimeFormatter STOP_TIME = DateTimeFormatter.ofPattern("MMM dd hh:mm a", Locale.ENGLISH);

    private static final long SECONDS_PER_DAY = 86_400L;

    /** The description of {@code process} at wall-clock second {@code nowEpochSeconds}. */
    public static String of(ProcessRecord process, long nowEpochSeconds, ZoneId zone) {
        return of(process.state(), process.name(), process.pid(), process.startEpochSeconds(),
                process.stopEpochSeconds(), nowEpochSeconds, process.spawnError(), zone);
    }

    /**
     * The same from plain values (getProcessInfo's fields).
     *
     * @param start wall-clock second of the last start, 0 if never started
     * @param stop wall-clock second of the last stop
     * @param spawnerr the spawn error, empty if none
     */
    public static String of(ProcessState state, String name, int pid, long start, long stop, long now,
            String spawnerr, ZoneId zone) {
        switch (state) {
            case RUNNING:
                return Messages.runningDescription(pid, uptime(now - start));
            case BACKOFF:
            case FATAL:
                return spawnerr.isEmpty() ? Messages.unknownError(name) : spawnerr;
            case STOPPED:
            case EXITED:
                return start != 0 ? stopTime(stop, zone) : Messages.NOT_STARTED;
            default:
                return "";
        }
    }

    /**
     * Python's {@code str(timedelta)} of whole seconds: {@code 0:05:09}, {@code 1 day, 2:03:04},
     * {@code 3 days, 0:00:05}. A negative uptime (clock set back) shows as {@code 0:00:00}.
     */
    public static String uptime(long seconds) {
        long s = Math.max(0, seconds);
        long days = s / SECONDS_PER_DAY;
        long rest = s % SECONDS_PER_DAY;
        // By hand, not String.format: getAllProcessInfo formats one of these per process.
        String clock = (rest / 3600) + ":" + twoDigits(rest % 3600 / 60) + ":" + twoDigits(rest % 60);
        if (days == 0) {
            return clock;
        }
        return days + (days == 1 ? " day, " : " days, ") + clock;
    }

    private static String twoDigits(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }

    /** A stop time as the status column shows it, in local time. */
    public static String stopTime(long epochSeconds, ZoneId zone) {
        return STOP_TIME.format(Instant.ofEpochSecond(epochSeconds).atZone(zone));
    }
}
