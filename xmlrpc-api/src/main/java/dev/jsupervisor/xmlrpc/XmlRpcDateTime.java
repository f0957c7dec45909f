package dev.jsupervisor.xmlrpc;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * An XML-RPC {@code dateTime.iso8601} value. It keeps the wire text as is, because Python's client
 * does the same (its DateTime object holds the raw string); requests are validated by the parser.
 */
public record XmlRpcDateTime(String text) {
    /** The layout Python writes and supervisord's make_datetime reads: {@code %Y%m%dT%H:%M:%S}. */
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HH:mm:ss");

    public XmlRpcDateTime {
        Objects.requireNonNull(text, "text");
    }

    /** The wire form of a local date-time, seconds precision (fractions dropped, as Python does). */
    public static XmlRpcDateTime of(LocalDateTime time) {
        return new XmlRpcDateTime(FORMAT.format(time));
    }

    /** The value as a date-time; throws DateTimeParseException when the text is not in the layout. */
    public LocalDateTime toLocalDateTime() {
        return LocalDateTime.parse(text, FORMAT);
    }

    /** Whether the text is a valid {@code YYYYMMDDTHH:MM:SS} date-time. */
    boolean isWellFormed() {
        try {
            toLocalDateTime();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
