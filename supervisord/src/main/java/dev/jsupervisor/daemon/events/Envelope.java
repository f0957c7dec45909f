package dev.jsupervisor.daemon.events;

import java.nio.charset.StandardCharsets;

/**
 * The header line and payload a listener reads from its stdin (spec section 7.2). {@code len}
 * counts the payload's characters (code points), not its bytes, as 4.2.5 does (quirk 12.11):
 * listeners written for it read that many characters from a text stream.
 */
public final class Envelope {
    public static final String VERSION = "3.0";

    private Envelope() {}

    public static String text(String identifier, long serial, String pool, long poolSerial, Event event) {
        String payload = event.payload();
        return "ver:" + VERSION + " server:" + identifier + " serial:" + serial + " pool:" + pool
                + " poolserial:" + poolSerial + " eventname:" + event.type().name()
                + " len:" + payload.codePointCount(0, payload.length()) + "\n" + payload;
    }

    public static byte[] bytes(String identifier, long serial, String pool, long poolSerial, Event event) {
        return text(identifier, serial, pool, poolSerial, event).getBytes(StandardCharsets.UTF_8);
    }
}
