package dev.jsupervisor.daemon.log;

import dev.jsupervisor.config.value.LogLevel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

/** The main log's line layout: {@code YYYY-MM-DD HH:MM:SS,mmm LEVL message\n}. */
public final class LogFormat {
    private LogFormat() {}

    /** Local time of the clock's zone, milliseconds truncated (never rounded), as the reference. */
    public static String timestamp(Clock clock) {
        Instant now = clock.instant();
        LocalDateTime t = LocalDateTime.ofInstant(now, clock.getZone());
        int millis = now.getNano() / 1_000_000;
        // By hand, not String.format: every main-log line takes one (a busy daemon writes thousands).
        StringBuilder b = new StringBuilder(23);
        pad(b, t.getYear(), 4).append('-');
        pad(b, t.getMonthValue(), 2).append('-');
        pad(b, t.getDayOfMonth(), 2).append(' ');
        pad(b, t.getHour(), 2).append(':');
        pad(b, t.getMinute(), 2).append(':');
        pad(b, t.getSecond(), 2).append(',');
        return pad(b, millis, 3).toString();
    }

    /** Zero-padded to at least {@code width} digits (years beyond 9999 keep all theirs, as %04d). */
    private static StringBuilder pad(StringBuilder b, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits);
    }

    /** One whole record: timestamp, 4-letter level, message, newline. */
    public static String line(String timestamp, LogLevel level, String message) {
        return timestamp + " " + level.name() + " " + message + "\n";
    }
}
