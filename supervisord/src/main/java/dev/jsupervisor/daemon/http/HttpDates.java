package dev.jsupervisor.daemon.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The IMF-fixdate form used in Date and Last-Modified ("Sat, 21 Nov 2026 06:33:44 GMT"). */
public final class HttpDates {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private HttpDates() {}

    /** Whole seconds only: the reference drops the fraction. */
    public static String format(Instant when) {
        return FORMAT.format(Instant.ofEpochSecond(when.getEpochSecond()));
    }
}
