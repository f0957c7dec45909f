package dev.jsupervisor.daemon.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values are what Python 3.11's urllib.parse gives for the same input. */
class UriCodecTest {

    @Test
    void unquoteLikePython() {
        assertEquals("foo:bar", UriCodec.unquote("foo%3Abar"));
        assertEquals("foo:bar", UriCodec.unquote("foo%3abar"));
        assertEquals("a+b", UriCodec.unquote("a+b"));
        assertEquals("100%", UriCodec.unquote("100%"));
        assertEquals("%zz%4", UriCodec.unquote("%zz%4"));
        assertEquals("caf\u00e9", UriCodec.unquote("caf%C3%A9"));
        assertEquals("\ufffdx", UriCodec.unquote("%C3x"));
        assertEquals("\u00e9%41", UriCodec.unquote("\u00e9%2541"));
    }

    @Test
    void unquotePlusTurnsPlusIntoSpace() {
        assertEquals("Process cat started", UriCodec.unquotePlus("Process+cat%20started"));
    }

    @Test
    void targetIsDecodedPiecemeal() {
        assertEquals("/logtail/a:b", UriCodec.decodeTarget("/logtail/a%3Ab"));
        assertEquals("/logtail/a:b?x=%41", UriCodec.decodeTarget("/logtail/a%3Ab?x=%41"));
        assertEquals("/index.html?x=%41", UriCodec.decodeTarget("/index.html?x=%41"));
        // The query starts at the LAST '?', and an empty one is dropped once the path is decoded.
        assertEquals("/a?b:c?d", UriCodec.decodeTarget("/a?b%3Ac?d"));
        assertEquals("/a:", UriCodec.decodeTarget("/a%3A?"));
    }

    @Test
    void splitPathParamsQueryFragment() {
        assertEquals(new UriCodec.Parts("/p", "x", "q=1", "f"), UriCodec.split("/p;x?q=1#f"));
        assertEquals(new UriCodec.Parts("/p", null, "a;b", null), UriCodec.split("/p?a;b"));
        assertEquals(new UriCodec.Parts("/p", null, null, "f?q"), UriCodec.split("/p#f?q"));
        assertEquals(new UriCodec.Parts("/", null, "", null), UriCodec.split("/?"));
    }

    @Test
    void formPairsSkipBlankValuesAndBareNames() {
        assertEquals(List.of(Map.entry("processname", "cat"), Map.entry("action", "start"),
                Map.entry("", "x"), Map.entry("a b", "c d")),
                UriCodec.parsePairs("processname=cat&&action=start&message=&bare&=x&a+b=c%20d"));
    }

    @Test
    void formFieldsQueryFirstWinsBodyLastWinsBodyOverridesQuery() {
        byte[] body = "action=stop&action=restart".getBytes(StandardCharsets.UTF_8);
        HttpRequest post = new HttpRequestDecoder().feed(ByteBuffer.wrap(("POST /index.html?processname=a"
                + "&processname=b&action=start HTTP/1.1\r\nContent-Length: " + body.length + "\r\n\r\n"
                + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8))).get(0);
        assertEquals(Map.of("processname", "a", "action", "restart"), FormFields.of(post));
    }

    @Test
    void formFieldsOfAGetIgnoreAnyBody() {
        HttpRequest get = new HttpRequestDecoder().feed(ByteBuffer.wrap(
                "GET /tail.html?processname=g%3Ap&limit=2048 HTTP/1.1\r\nContent-Length: 3\r\n\r\na=b"
                        .getBytes(StandardCharsets.UTF_8))).get(0);
        assertEquals(Map.of("processname", "g:p", "limit", "2048"), FormFields.of(get));
    }
}
