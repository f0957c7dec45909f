package dev.jsupervisor.daemon.http;

import static dev.jsupervisor.daemon.http.ReferenceSamples.DATE;
import static dev.jsupervisor.daemon.http.ReferenceSamples.body;
import static dev.jsupervisor.daemon.http.ReferenceSamples.request;
import static dev.jsupervisor.daemon.http.ReferenceSamples.response;
import static dev.jsupervisor.daemon.http.ReferenceSamples.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our bytes for the recorded requests, built the way the handlers will build them, against the
 * reference's bytes; and whether the connection closes afterwards, against what it did.
 */
class ResponseEncoderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "rpc2_getstate_11, false",
        "rpc2_getstate_10, true",
        "rpc2_getstate_10_keepalive, false",
        "rpc2_getstate_11_close, true",
    })
    void xmlRpcResponse(String sample, boolean closes) {
        HttpResponse response = HttpResponse.create(200, DATE).set("Content-Type", "text/xml").body(body(sample));
        assertMatches(sample, response, closes);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "rpc2_get_11, 400, false",
        "rpc2_post_nolength_11, 411, false",
        "nosuch_get_11, 404, false",
        "nosuch_get_10, 404, true",
        "nosuch_get_10_keepalive, 404, false",
        "nosuch_put_11, 400, false",
        "logtail_post_11, 400, false",
        // The reference closed here only because it then misread the chunk data as a request.
        "rpc2_chunked_11, 411, false",
    })
    void errorPages(String sample, int status, boolean closes) {
        assertMatches(sample, HttpResponse.error(status, DATE), closes);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ok_get_11, false",
        "ok_get_10, true",
        "ok_get_11_close, true",
        "ok_get_version20, false",
    })
    void okPage(String sample, boolean closes) {
        assertMatches(sample, okResponse(), closes);
    }

    @Test
    void pipelinedResponsesFollowEachOther() {
        var requests = ReferenceSamples.requests("ok_pipelined_11");
        var first = ResponseEncoder.encode(requests.get(0), okResponse());
        var second = ResponseEncoder.encode(requests.get(1), HttpResponse.error(404, DATE));
        assertEquals(text(response("ok_pipelined_11")), text(first.bytes()) + text(second.bytes()));
    }

    /** Same bytes; but we close after a 401 that says "Connection: close" (the reference did not on 1.1). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"auth_missing_11", "auth_missing_10"})
    void unauthorized(String sample) {
        assertMatches(sample, BasicAuth.unauthorized(DATE), true);
    }

    @Test
    void logtailStreamsChunks() {
        HttpResponse response = HttpResponse.create(200, DATE)
                .set("Last-Modified", ReferenceSamples.LAST_MODIFIED)
                .set("Content-Type", "text/plain;charset=utf-8")
                .set("X-Accel-Buffering", "no")
                .streamed();
        ResponseEncoder.Encoded encoded = ResponseEncoder.encode(request("logtail_cat_11"), response);
        byte[] hello = "hello\n".getBytes(StandardCharsets.UTF_8);
        String wire = text(encoded.bytes()) + text(encoded.stream().write(hello, 0, hello.length));
        assertEquals(text(response("logtail_cat_11")), wire);
        assertEquals(false, encoded.closeAfter());
        assertEquals("0\r\n\r\n", text(encoded.stream().finish()));
    }

    @Test
    void mainlogtailHead() {
        HttpResponse response = HttpResponse.create(200, DATE)
                .set("Last-Modified", ReferenceSamples.LAST_MODIFIED)
                .set("Content-Type", "text/plain;charset=utf-8")
                .streamed();
        assertEquals(text(response("mainlogtail_11")), text(ResponseEncoder.encode(request("mainlogtail_11"), response).bytes()));
    }

    @Test
    void streamedOnHttp10IsRawUntilClose() {
        HttpRequest request = new HttpRequestDecoder().feed(java.nio.ByteBuffer.wrap(
                "GET /logtail/cat HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.UTF_8))).get(0);
        HttpResponse response = HttpResponse.create(200, DATE).set("Content-Type", "text/plain;charset=utf-8").streamed();
        ResponseEncoder.Encoded encoded = ResponseEncoder.encode(request, response);
        assertEquals(true, encoded.closeAfter());
        assertEquals(false, text(encoded.bytes()).contains("Transfer-Encoding"));
        assertEquals("abc", text(encoded.stream().write("xabcx".getBytes(StandardCharsets.UTF_8), 1, 3)));
        assertEquals("", text(encoded.stream().finish()));
    }

    /** The UI's redirect after an action: view headers first, then the error page takes over. */
    @Test
    void uiActionRedirect() {
        HttpResponse response = HttpResponse.create(200, DATE)
                .set("Location", "http://localhost/?message=Log%20for%20cat%20cleared")
                .set("Content-Type", "text/html;charset=utf-8")
                .set("Pragma", "no-cache")
                .set("Cache-Control", "no-cache")
                .set("Expires", "Thu, 01 Jan 1970 00:00:00 GMT")
                .toError(301);
        assertMatches("ui_action_clearlog_11", response, false);
    }

    @Test
    void staticDirectoryRedirect() {
        assertMatches("dir_get_11", HttpResponse.create(200, DATE).set("Location", "http://localhost/images/").toError(301), false);
    }

    @Test
    void versionLessRequestGetsHttp10AndCloses() {
        HttpRequest request = new HttpRequestDecoder().feed(java.nio.ByteBuffer.wrap(
                "GET /ok.html\r\n\r\n".getBytes(StandardCharsets.UTF_8))).get(0);
        ResponseEncoder.Encoded encoded = ResponseEncoder.encode(request, okResponse());
        assertEquals(true, text(encoded.bytes()).startsWith("HTTP/1.0 200 OK\r\n"));
        assertEquals(true, encoded.closeAfter());
    }

    @Test
    void decodeFailureSaysCloseAndCloses() {
        ResponseEncoder.Encoded encoded = ResponseEncoder.encodeFailure(new DecodeFailure(413, "1.1", "x"), DATE);
        String wire = text(encoded.bytes());
        assertEquals(true, wire.startsWith("HTTP/1.1 413 Request Entity Too Large\r\nServer: Medusa/1.12\r\n"
                + "Date: Sun, 01 Mar 2026 12:00:00 GMT\r\nContent-Length: 149\r\nContent-Type: text/html\r\n"
                + "Connection: close\r\n\r\n<head>"), wire);
        assertEquals(true, encoded.closeAfter());
        assertNull(encoded.stream());
    }

    private static HttpResponse okResponse() {
        return HttpResponse.create(200, DATE).set("Content-Type", "text/plain").body("OK".getBytes(StandardCharsets.UTF_8));
    }

    private static void assertMatches(String sample, HttpResponse response, boolean closes) {
        ResponseEncoder.Encoded encoded = ResponseEncoder.encode(request(sample), response);
        assertEquals(text(response(sample)), text(encoded.bytes()), sample);
        assertEquals(closes, encoded.closeAfter(), sample + " closes");
    }
}
