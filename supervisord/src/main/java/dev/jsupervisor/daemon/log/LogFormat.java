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
        return String.format("%04d-%02d-%02d %02d:%02d:%02d,%03d", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), millis);
    }

    /** One whole record: timestamp, 4-letter level, message, newline. */
    public static String line(String timestamp, LogLevel level, String message) {
        return timestamp + " " + level.name() + " " + message + "\n";
    }
}
