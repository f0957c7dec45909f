package dev.jsupervisor.daemon.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.daemon.http.HttpRequest;
import dev.jsupervisor.daemon.http.HttpRequestDecoder;
import dev.jsupervisor.daemon.http.HttpResponse;
import dev.jsupervisor.daemon.http.Route;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaticFilesTest {
    private static final Instant LOADED = Instant.parse("2026-11-21T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private final StaticFiles files = new StaticFiles(LOADED);

    @Test
    void servesItsFilesWithTheReferencesHeaderOrder() {
        HttpResponse css = files.serve(new Route.StaticFile("stylesheets/supervisor.css"), request("GET"), NOW);
        assertEquals(200, css.status());
        assertEquals(List.of("Server", "Date", "Last-Modified", "Content-Length", "Content-Type"),
                List.copyOf(css.headers().keySet()));
        assertEquals("Sat, 21 Nov 2026 09:00:00 GMT", css.get("Last-Modified").orElseThrow());
        assertEquals("text/css", css.get("Content-Type").orElseThrow());
        HttpResponse icon = files.serve(new Route.StaticFile("images/icon.png"), request("GET"), NOW);
        assertEquals("image/png", icon.get("Content-Type").orElseThrow());
        assertEquals(Set.of("stylesheets/supervisor.css", "images/icon.png"), files.names());
    }

    @Test
    void headKeepsTheLengthWithoutTheBody() {
        HttpResponse head = files.serve(new Route.StaticFile("stylesheets/supervisor.css"), request("HEAD"), NOW);
        assertTrue(Integer.parseInt(head.get("Content-Length").orElseThrow()) > 0);
    }

    @Test
    void aDirectoryWithoutItsSlashIsRedirected() {
        HttpResponse redirect = files.serve(new Route.DirectoryRedirect("images"), request("GET"), NOW);
        assertEquals(301, redirect.status());
        assertEquals("http://localhost/images/", redirect.get("Location").orElseThrow());
    }

    private static HttpRequest request(String method) {
        String head = method + " /x HTTP/1.1\r\nHost: h\r\n\r\n";
        return new HttpRequestDecoder().feed(ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII))).get(0);
    }
}
