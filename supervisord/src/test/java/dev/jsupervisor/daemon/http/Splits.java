package dev.jsupervisor.daemon.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Feeds one byte stream to fresh decoders cut in every possible way (whole, byte by byte, at
 * every single position, optionally at every pair of positions) and checks that every run
 * decodes the same thing. The decoder must not care where the network happened to cut.
 */
final class Splits {
    private Splits() {}

    /** What a run produced: one line per request, then the failure if any. */
    static List<String> decode(Supplier<HttpRequestDecoder> decoders, byte[] input, int... cuts) {
        HttpRequestDecoder decoder = decoders.get();
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            feed(decoder, Arrays.copyOfRange(input, from, cut), out);
            from = cut;
        }
        feed(decoder, Arrays.copyOfRange(input, from, input.length), out);
        decoder.failure().ifPresent(f -> out.add("FAILURE " + f.status() + " version=" + f.version()));
        return out;
    }

    /** Decodes whole, then checks every other way of cutting gives the same; returns the result. */
    static List<String> everyWay(Supplier<HttpRequestDecoder> decoders, byte[] input, boolean pairs) {
        List<String> whole = decode(decoders, input);
        for (int i = 0; i <= input.length; i++) {
            assertEquals(whole, decode(decoders, input, i), "cut at " + i);
            if (pairs) {
                for (int j = i; j <= input.length; j++) {
                    assertEquals(whole, decode(decoders, input, i, j), "cuts at " + i + ", " + j);
                }
            }
        }
        HttpRequestDecoder bytewise = decoders.get();
        List<String> out = new ArrayList<>();
        for (byte b : input) {
            feed(bytewise, new byte[] {b}, out);
        }
        bytewise.failure().ifPresent(f -> out.add("FAILURE " + f.status() + " version=" + f.version()));
        assertEquals(whole, out, "byte by byte");
        return whole;
    }

    static List<String> everyWay(byte[] input) {
        return everyWay(HttpRequestDecoder::new, input, false);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void feed(HttpRequestDecoder decoder, byte[] piece, List<String> out) {
        ByteBuffer buffer = ByteBuffer.wrap(piece);
        for (HttpRequest request : decoder.feed(buffer)) {
            out.add(describe(request));
        }
        assertEquals(0, buffer.remaining(), "the decoder consumes everything it is given");
    }

    /** A readable, comparable rendering of a request. */
    static String describe(HttpRequest r) {
        StringBuilder s = new StringBuilder();
        s.append(r.method()).append(' ').append(r.target()).append(" uri=").append(r.uri())
                .append(" version=").append(r.version()).append(' ').append(r.framing());
        for (HttpHeaders.Field f : r.headers().fields()) {
            s.append(" [").append(f.name()).append(": ").append(f.value()).append(']');
        }
        s.append(" body=").append(new String(r.body(), StandardCharsets.UTF_8));
        return s.toString();
    }

    static String hex(byte[] data) {
        return HexFormat.of().formatHex(data);
    }
}
