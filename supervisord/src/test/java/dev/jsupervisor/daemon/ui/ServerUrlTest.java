package dev.jsupervisor.daemon.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsupervisor.daemon.http.HttpRequest;
import dev.jsupervisor.daemon.http.HttpRequestDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The reference's get_server_url, observed with curl -H 'Host: ...'. */
class ServerUrlTest {
    @Test
    void followsTheHostHeader() {
        assertEquals("http://127.0.0.1:9001", ServerUrl.of(request("127.0.0.1:9001")));
        assertEquals("http://example.com", ServerUrl.of(request("example.com:80")));
        assertEquals("http://example.com", ServerUrl.of(request("example.com:")));
        assertEquals("http://example.com:8080", ServerUrl.of(request("example.com:8080/")));
        assertEquals("http://localhost", ServerUrl.of(request(null)));
    }

    private static HttpRequest request(String host) {
        String head = "GET /index.html?action=refresh HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                + "\r\n";
        return new HttpRequestDecoder().feed(ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII))).get(0);
    }
}
