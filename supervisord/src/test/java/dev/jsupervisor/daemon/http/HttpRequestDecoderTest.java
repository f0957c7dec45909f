package dev.jsupervisor.daemon.http;

import static dev.jsupervisor.daemon.http.Splits.bytes;
import static dev.jsupervisor.daemon.http.Splits.everyWay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Well-formed input, each case decoded with the input cut at every byte position. */
class HttpRequestDecoderTest {

    @Test
    void simpleGetOn11() {
        assertEquals(List.of("GET /ok.html uri=/ok.html version=1.1 NONE [Host: localhost] body="),
                everyWay(bytes("GET /ok.html HTTP/1.1\r\nHost: localhost\r\n\r\n")));
    }

    @Test
    void http10WithoutHeaders() {
        assertEquals(List.of("GET / uri=/ version=1.0 NONE body="), everyWay(bytes("GET / HTTP/1.0\r\n\r\n")));
    }

    @Test
    void versionLessRequestLine() {
        assertEquals(List.of("GET /ok.html uri=/ok.html version=null NONE body="),
                everyWay(bytes("GET /ok.html\r\n\r\n")));
    }

    @Test
    void contentLengthBody() {
        String xml = "<?xml version='1.0'?><methodCall><methodName>supervisor.getState</methodName></methodCall>";
        assertEquals(List.of("POST /RPC2 uri=/RPC2 version=1.1 CONTENT_LENGTH [Content-Type: text/xml]"
                        + " [Content-Length: " + xml.length() + "] body=" + xml),
                everyWay(bytes("POST /RPC2 HTTP/1.1\r\nContent-Type: text/xml\r\nContent-Length: "
                        + xml.length() + "\r\n\r\n" + xml)));
    }

    @Test
    void zeroContentLengthCompletesAtOnce() {
        assertEquals(List.of("POST /RPC2 uri=/RPC2 version=1.1 CONTENT_LENGTH [Content-Length: 0] body="),
                everyWay(bytes("POST /RPC2 HTTP/1.1\r\nContent-Length: 0\r\n\r\n")));
    }

    @Test
    void chunkedBodyWithExtensionAndTrailer() {
        String wire = "POST /RPC2 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;name=value\r\nhello\r\n"
                + "A\r\n, chunked!\r\n"
                + "0\r\nX-Trailer: ignored\r\n\r\n";
        assertEquals(List.of("POST /RPC2 uri=/RPC2 version=1.1 CHUNKED [Transfer-Encoding: chunked]"
                + " body=hello, chunked!"), everyWay(bytes(wire)));
    }

    @Test
    void pipelinedRequestsEveryPairOfCuts() {
        String wire = "GET /ok.html HTTP/1.1\r\nHost: a\r\n\r\n"
                + "POST /RPC2 HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"
                + "POST /index.html HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nxy\r\n0\r\n\r\n"
                + "GET /nosuch HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";
        assertEquals(List.of(
                "GET /ok.html uri=/ok.html version=1.1 NONE [Host: a] body=",
                "POST /RPC2 uri=/RPC2 version=1.1 CONTENT_LENGTH [Content-Length: 3] body=abc",
                "POST /index.html uri=/index.html version=1.1 CHUNKED [Transfer-Encoding: chunked] body=xy",
                "GET /nosuch uri=/nosuch version=1.0 NONE [Connection: keep-alive] body="),
                everyWay(HttpRequestDecoder::new, bytes(wire), true));
    }

    @Test
    void headerNamesAnyCaseFirstOccurrenceWins() {
        HttpRequest r = single("GET / HTTP/1.1\r\nX-Thing: one\r\nx-thing: two\r\nCONTENT-length: 0\r\n\r\n");
        assertEquals("one", r.header("x-THING").orElseThrow());
        assertEquals(List.of("one", "two"), r.headers().all("X-Thing"));
        assertTrue(r.hasContentLength());
    }

    @Test
    void optionalWhitespaceAroundValuesIsDropped() {
        HttpRequest r = single("GET / HTTP/1.1\r\nHost:localhost\r\nAccept: \t*/* \r\n\r\n");
        assertEquals("localhost", r.header("host").orElseThrow());
        assertEquals("*/*", r.header("accept").orElseThrow());
    }

    @Test
    void foldedHeaderIsJoinedWithOneSpace() {
        assertEquals(List.of("GET / uri=/ version=1.1 NONE [X-Long: first second third] [Host: h] body="),
                everyWay(bytes("GET / HTTP/1.1\r\nX-Long: first\r\n  second\r\n\tthird\r\nHost: h\r\n\r\n")));
    }

    @Test
    void blankLinesBeforeTheRequestLineAreSkipped() {
        assertEquals(List.of("GET / uri=/ version=1.1 NONE body="), everyWay(bytes("\r\n\r\n\nGET / HTTP/1.1\r\n\r\n")));
    }

    @Test
    void pathIsPercentDecodedButNotTheQuery() {
        assertEquals(List.of("GET /logtail/foo%3Abar?x=%41 uri=/logtail/foo:bar?x=%41 version=1.1 NONE body="),
                everyWay(bytes("GET /logtail/foo%3Abar?x=%41 HTTP/1.1\r\n\r\n")));
    }

    @Test
    void rawUtf8InThePathIsAccepted() {
        assertEquals("/logtail/caf\u00e9", single("GET /logtail/caf\u00e9 HTTP/1.1\r\n\r\n").uri());
    }

    @Test
    void methodIsKeptAsSent() {
        assertEquals("get", single("get / HTTP/1.1\r\n\r\n").method());
    }

    @Test
    void idleOnlyBetweenRequests() {
        HttpRequestDecoder decoder = new HttpRequestDecoder();
        assertTrue(decoder.idle());
        decoder.feed(ByteBuffer.wrap(bytes("GET / HTTP/1.1\r\n")));
        assertFalse(decoder.idle());
        assertEquals(1, decoder.feed(ByteBuffer.wrap(bytes("\r\n"))).size());
        assertTrue(decoder.idle());
    }

    @Test
    void decoderKeepsWorkingAcrossManyRequests() {
        HttpRequestDecoder decoder = new HttpRequestDecoder();
        for (int i = 0; i < 1000; i++) {
            List<HttpRequest> got = decoder.feed(ByteBuffer.wrap(bytes("GET /" + i + " HTTP/1.1\r\n\r\n")));
            assertEquals("/" + i, got.get(0).uri());
        }
    }

    private static HttpRequest single(String wire) {
        HttpRequestDecoder decoder = new HttpRequestDecoder();
        List<HttpRequest> got = decoder.feed(ByteBuffer.wrap(bytes(wire)));
        assertEquals(1, got.size(), () -> "failure: " + decoder.failure());
        return got.get(0);
    }
}
