package dev.jsupervisor.daemon.http;

import static dev.jsupervisor.daemon.http.Splits.bytes;
import static dev.jsupervisor.daemon.http.Splits.everyWay;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Malformed input and limits: the same failure wherever the input is cut. */
class DecoderLimitsTest {
    private static final Supplier<HttpRequestDecoder> SMALL = () -> new HttpRequestDecoder(64, 16);

    @Test
    void malformedRequestLines() {
        for (String line : List.of("GARBAGE", "GET  / HTTP/1.1", "GET / HTTP/1.1 extra", "GET / HTTPS/1.1",
                "GET / HTTP/", "GET / HTTP/1.x", " GET / HTTP/1.1")) {
            assertEquals(List.of("FAILURE 400 version=null"), everyWay(bytes(line + "\r\n\r\n")), line);
        }
    }

    @Test
    void malformedHeaderLines() {
        for (String field : List.of("NoColon", ": empty name", "Bad Name: x", "Name : spaced", " folded-first: x")) {
            assertEquals(List.of("FAILURE 400 version=null"),
                    everyWay(bytes("GET / HTTP/1.1\r\n" + field + "\r\n\r\n")), field);
        }
    }

    @Test
    void invalidUtf8InTheHeadIs400() {
        byte[] wire = bytes("GET /x HTTP/1.1\r\n\r\n");
        wire[5] = (byte) 0xff;
        assertEquals(List.of("FAILURE 400 version=null"), everyWay(wire));
    }

    @Test
    void badContentLengths() {
        for (String fields : List.of("Content-Length: -1", "Content-Length: 1x", "Content-Length: ",
                "Content-Length: 1\r\nContent-Length: 2", "Content-Length: 99999999999999999999")) {
            assertEquals(List.of("FAILURE 400 version=1.1"),
                    everyWay(bytes("POST /RPC2 HTTP/1.1\r\n" + fields + "\r\n\r\n")), fields);
        }
    }

    @Test
    void repeatedEqualContentLengthIsAccepted() {
        assertEquals(List.of("POST /RPC2 uri=/RPC2 version=1.1 CONTENT_LENGTH [Content-Length: 2]"
                + " [Content-Length: 2] body=ab"),
                everyWay(bytes("POST /RPC2 HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nab")));
    }

    @Test
    void lengthAndChunkedTogetherIs400() {
        assertEquals(List.of("FAILURE 400 version=1.1"), everyWay(bytes(
                "POST /RPC2 HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")));
    }

    @Test
    void otherTransferCodingsAre501() {
        assertEquals(List.of("FAILURE 501 version=1.1"),
                everyWay(bytes("POST /RPC2 HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")));
    }

    @Test
    void malformedChunks() {
        for (String body : List.of("x\r\n", "5\r\nhelloX\r\n", "\r\n", "12345678901234567\r\n")) {
            assertEquals(List.of("FAILURE 400 version=1.1"),
                    everyWay(bytes("POST /RPC2 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + body)), body);
        }
    }

    @Test
    void trailerLinesAreBounded() {
        String head = "POST /RPC2 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n";
        assertEquals(1, everyWay(bytes(head + "T: x\r\n".repeat(64) + "\r\n")).size());
        assertEquals(List.of("FAILURE 400 version=1.1"), everyWay(bytes(head + "T: x\r\n".repeat(65) + "\r\n")));
    }

    @Test
    void headSectionAtTheLimitPassesOneMoreByteFails() {
        String atLimit = "GET /" + "a".repeat(64 - 18) + " HTTP/1.1\r\n\r\n";
        assertEquals(64, atLimit.length());
        assertEquals(1, everyWay(SMALL, bytes(atLimit), false).size());
        String over = "GET /" + "a".repeat(64 - 17) + " HTTP/1.1\r\n\r\n";
        assertEquals(List.of("FAILURE 400 version=null"), everyWay(SMALL, bytes(over), false));
    }

    @Test
    void endlessHeaderSectionFailsWithoutWaitingForItsEnd() {
        HttpRequestDecoder decoder = SMALL.get();
        decoder.feed(ByteBuffer.wrap(bytes("GET / HTTP/1.1\r\nX: " + "y".repeat(100))));
        assertEquals(400, decoder.failure().orElseThrow().status());
    }

    @Test
    void declaredBodyOverTheLimitIs413BeforeItArrives() {
        assertEquals(List.of("FAILURE 413 version=1.1"),
                everyWay(SMALL, bytes("POST /RPC2 HTTP/1.1\r\nContent-Length: 17\r\n\r\n"), false));
        assertEquals(1, everyWay(SMALL, bytes("POST /RPC2 HTTP/1.1\r\nContent-Length: 16\r\n\r\n"
                + "0123456789abcdef"), false).size());
    }

    @Test
    void chunkedBodyOverTheLimitIs413() {
        assertEquals(List.of("FAILURE 413 version=1.1"), everyWay(SMALL,
                bytes("POST /RPC2 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n01234567\r\n9\r\n"), false));
    }

    @Test
    void requestsBeforeAFailureAreStillDelivered() {
        String wire = "GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\nBROKEN\r\n\r\nGET /c HTTP/1.1\r\n\r\n";
        assertEquals(List.of("GET /a uri=/a version=1.1 NONE body=", "GET /b uri=/b version=1.1 NONE body=",
                "FAILURE 400 version=null"), everyWay(bytes(wire)));
    }

    @Test
    void nothingIsReadAfterAFailure() {
        HttpRequestDecoder decoder = new HttpRequestDecoder();
        decoder.feed(ByteBuffer.wrap(bytes("BROKEN\r\n\r\n")));
        assertEquals(List.of(), decoder.feed(ByteBuffer.wrap(bytes("GET / HTTP/1.1\r\n\r\n"))));
    }
}
