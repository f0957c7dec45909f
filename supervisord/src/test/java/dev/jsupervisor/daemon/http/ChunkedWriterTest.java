package dev.jsupervisor.daemon.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkedWriterTest {

    @Test
    void lowerCaseHexSizesAndLastChunk() {
        ChunkedWriter writer = new ChunkedWriter();
        byte[] k = new byte[1024];
        java.util.Arrays.fill(k, (byte) 'x');
        assertEquals("400\r\n" + "x".repeat(1024) + "\r\n", text(writer.write(k, 0, k.length)));
        assertEquals("b\r\nhello world\r\n", text(writer.write(bytes("hello world"), 0, 11)));
        assertEquals("0\r\n\r\n", text(writer.finish()));
        assertEquals("", text(writer.finish()));
        assertThrows(IllegalStateException.class, () -> writer.write(k, 0, 1));
    }

    @Test
    void emptyPieceWritesNothingRatherThanEndingTheBody() {
        assertEquals("", text(new ChunkedWriter().write(new byte[0], 0, 0)));
    }

    @Test
    void slicesTheGivenRange() {
        assertEquals("3\r\nbcd\r\n", text(new ChunkedWriter().write(bytes("abcde"), 1, 3)));
    }

    /** What we write, our own request decoder reads back (split anywhere, as ever). */
    @Test
    void roundTripThroughTheDecoder() {
        ChunkedWriter writer = new ChunkedWriter();
        StringBuilder wire = new StringBuilder("POST /RPC2 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (String piece : List.of("<?xml", " version='1.0'?>", "", "\u00e9t\u00e9")) {
            byte[] b = bytes(piece);
            wire.append(text(writer.write(b, 0, b.length)));
        }
        wire.append(text(writer.finish()));
        List<String> got = Splits.everyWay(wire.toString().getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("POST /RPC2 uri=/RPC2 version=1.1 CHUNKED [Transfer-Encoding: chunked]"
                + " body=<?xml version='1.0'?>\u00e9t\u00e9"), got);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String text(ByteBuffer b) {
        return ReferenceSamples.text(b);
    }
}
