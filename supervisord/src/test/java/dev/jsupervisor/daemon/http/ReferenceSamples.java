package dev.jsupervisor.daemon.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** The recorded reference exchanges under src/test/resources/.../http/reference (see its README). */
final class ReferenceSamples {
    /** The Date every sample was normalised to. */
    static final Instant DATE = Instant.parse("2026-03-01T12:00:00Z");
    static final String LAST_MODIFIED = "Sat, 28 Feb 2026 23:59:59 GMT";

    private ReferenceSamples() {}

    static byte[] response(String name) {
        return load(name + ".http");
    }

    /** The request(s) the sample was recorded with, decoded. */
    static List<HttpRequest> requests(String name) {
        HttpRequestDecoder decoder = new HttpRequestDecoder();
        List<HttpRequest> requests = decoder.feed(ByteBuffer.wrap(load(name + ".request")));
        assertEquals(true, decoder.failure().isEmpty(), name + " decodes");
        return requests;
    }

    static HttpRequest request(String name) {
        List<HttpRequest> requests = requests(name);
        assertEquals(1, requests.size(), name);
        return requests.get(0);
    }

    /** The body of a recorded response (after the blank line). */
    static byte[] body(String name) {
        String text = new String(response(name), StandardCharsets.ISO_8859_1);
        return text.substring(text.indexOf("\r\n\r\n") + 4).getBytes(StandardCharsets.ISO_8859_1);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    static String text(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return text(bytes);
    }

    private static byte[] load(String file) {
        try (InputStream in = ReferenceSamples.class.getResourceAsStream("reference/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource reference/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
