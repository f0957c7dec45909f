package dev.jsupervisor.xmlrpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client transport against a scripted server: exact request bytes, reuse, framing, failures. */
class XmlRpcClientTest {
    /** What Debian's supervisorctl 4.2.5 sent for "status" over unix:// with -u us -p pw (captured). */
    private static final String CAPTURED = "POST /RPC2 HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: identity\r\n"
            + "User-Agent: Python-xmlrpc/3.11\r\nContent-Type: text/xml\r\nAccept: text/xml\r\n"
            + "Authorization: Basic dXM6cHc=\r\nContent-Length: 115\r\n\r\n<?xml version='1.0'?>\n<methodCall>\n"
            + "<methodName>supervisor.getVersion</methodName>\n<params>\n</params>\n</methodCall>\n";

    @TempDir
    Path dir;
    private FakeHttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeHttpServer(dir.resolve("s.sock"));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void requestIsByteIdenticalToSupervisorctlsAndConnectionIsReused() throws Exception {
        server.answers.add(FakeHttpServer.Answer.ok(XmlRpcWriter.methodResponse("3.0"), "", false));
        server.answers.add(FakeHttpServer.Answer.ok(XmlRpcWriter.methodResponse(Map.of("statecode", 1)), "", false));
        try (XmlRpcClient client = new XmlRpcClient(server.url(), "us", "pw", 1 << 20)) {
            assertEquals("3.0", client.call("supervisor.getVersion"));
            assertEquals(Map.of("statecode", 1), client.call("supervisor.getState"));
        }
        assertEquals(CAPTURED, server.requests.get(0));
        assertEquals(1, server.connections.get());
    }

    @Test
    void noAuthorizationWithoutBothCredentials() throws Exception {
        server.answers.add(FakeHttpServer.Answer.ok(XmlRpcWriter.methodResponse(true), "", false));
        try (XmlRpcClient client = new XmlRpcClient(server.url(), "us", null, 1 << 20)) {
            client.call("supervisor.shutdown");
        }
        assertTrue(!server.requests.get(0).contains("Authorization"));
    }

    @Test
    void chunkedBodiesAndConnectionCloseAreHonoured() throws Exception {
        byte[] xml = XmlRpcWriter.utf8(XmlRpcWriter.methodResponse(List.of("a", "b")));
        String chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(10) + "\r\n" + new String(xml, 0, 10, StandardCharsets.UTF_8) + "\r\n"
                + Integer.toHexString(xml.length - 10) + ";ext=1\r\n" + new String(xml, 10, xml.length - 10, StandardCharsets.UTF_8)
                + "\r\n0\r\nX-Trailer: y\r\n\r\n";
        server.answers.add(FakeHttpServer.Answer.raw(chunked, true));
        server.answers.add(FakeHttpServer.Answer.ok(XmlRpcWriter.methodResponse(1), "", false));
        try (XmlRpcClient client = new XmlRpcClient(server.url(), null, null, 1 << 20)) {
            assertEquals(List.of("a", "b"), client.call("x.y"));
            assertEquals(1, client.call("x.z"));
        }
        assertEquals(2, server.connections.get());
    }

    @Test
    void faultsCarryCodeAndString() throws Exception {
        server.answers.add(FakeHttpServer.Answer.ok(XmlRpcWriter.fault(10, "BAD_NAME: foo"), "", false));
        try (XmlRpcClient client = new XmlRpcClient(server.url(), null, null, 1 << 20)) {
            FaultException f = assertThrows(FaultException.class, () -> client.call("supervisor.getProcessInfo", "foo"));
            assertEquals(10, f.code());
            assertEquals("BAD_NAME: foo", f.faultString());
            assertEquals(Fault.BAD_NAME, f.fault());
        }
    }

    @Test
    void unauthorizedGivesPythonsProtocolErrorAndDropsTheConnection() throws Exception {
        server.answers.add(FakeHttpServer.Answer.raw("HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n"
                + "WWW-Authenticate: Basic realm=\"default\"\r\nContent-Length: 3\r\n\r\nno\n", true));
        try (XmlRpcClient client = new XmlRpcClient(server.url(), null, null, 1 << 20)) {
            HttpStatusException e = assertThrows(HttpStatusException.class, () -> client.call("supervisor.getVersion"));
            assertTrue(e.isUnauthorized());
            assertEquals("<ProtocolError for 127.0.0.1/RPC2: 401 Unauthorized>", e.getMessage());
            assertEquals(TransportException.Kind.HTTP_STATUS, e.kind());
        }
    }

    @Test
    void idleConnectionClosedByTheServerIsReopenedOnce() throws Exception {
        // the server answers, then drops the kept-alive connection without saying so
        server.answers.add(FakeHttpServer.Answer.ok(XmlRpcWriter.methodResponse(1), "", true));
        server.answers.add(FakeHttpServer.Answer.ok(XmlRpcWriter.methodResponse(2), "", false));
        try (XmlRpcClient client = new XmlRpcClient(server.url(), null, null, 1 << 20)) {
            assertEquals(1, client.call("a.b"));
            Thread.sleep(100);
            assertEquals(2, client.call("a.b"));
        }
        assertEquals(2, server.connections.get());
    }

    @Test
    void oversizedAndGarbageResponsesAreBadResponses() throws Exception {
        server.answers.add(FakeHttpServer.Answer.ok(XmlRpcWriter.methodResponse("x".repeat(5000)), "", false));
        server.answers.add(FakeHttpServer.Answer.ok("<html>nope</html>", "", false));
        server.answers.add(FakeHttpServer.Answer.raw("SSH-2.0-OpenSSH\r\n\r\n", true));
        try (XmlRpcClient client = new XmlRpcClient(server.url(), null, null, 1000)) {
            for (int i = 0; i < 3; i++) {
                TransportException e = assertThrows(TransportException.class, () -> client.call("a.b"));
                assertEquals(TransportException.Kind.BAD_RESPONSE, e.kind(), e.getMessage());
            }
        }
    }

    @Test
    void missingSocketFileAndRefusedConnection() throws Exception {
        try (XmlRpcClient client = new XmlRpcClient("unix://" + dir.resolve("nope.sock"), null, null)) {
            assertEquals(TransportException.Kind.NO_SUCH_FILE,
                    assertThrows(TransportException.class, () -> client.call("a.b")).kind());
        }
        Path notASocket = Files.writeString(dir.resolve("plain"), "x");
        try (XmlRpcClient client = new XmlRpcClient("unix://" + notASocket, null, null)) {
            assertEquals(TransportException.Kind.CONNECTION_REFUSED,
                    assertThrows(TransportException.class, () -> client.call("a.b")).kind());
        }
        try (XmlRpcClient client = new XmlRpcClient("http://127.0.0.1:1", null, null)) {
            assertEquals(TransportException.Kind.CONNECTION_REFUSED,
                    assertThrows(TransportException.class, () -> client.call("a.b")).kind());
        }
        try (XmlRpcClient client = new XmlRpcClient("http://no-such-host.invalid:9001", null, null)) {
            assertEquals(TransportException.Kind.UNKNOWN_HOST,
                    assertThrows(TransportException.class, () -> client.call("a.b")).kind());
        }
    }

    @Test
    void logTailStreamsChunksAsTheyArrive() throws Exception {
        server.answers.add(FakeHttpServer.Answer.raw("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n", true));
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try (LogTailClient tail = new LogTailClient(server.url(), null, "pw")) {
            tail.stream("/logtail/cat/stdout", got::writeBytes);
        }
        assertEquals("abcde", got.toString(StandardCharsets.UTF_8));
        assertEquals("GET /logtail/cat/stdout HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: chunked\r\nAccept: */*\r\n"
                + "User-agent: Supervisor HTTP Client\r\nAuthorization: Basic OnB3\r\n\r\n", server.requests.get(0));
        server.answers.add(FakeHttpServer.Answer.raw("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n", true));
        try (LogTailClient tail = new LogTailClient(server.url(), null, null)) {
            HttpStatusException e = assertThrows(HttpStatusException.class, () -> tail.stream("/logtail/x", got::writeBytes));
            assertEquals(404, e.status());
        }
    }

    @Test
    void serverUrls() {
        assertEquals("localhost", ServerUrl.parse("unix:///tmp/s.sock").hostHeader());
        assertEquals("/tmp/s.sock", ServerUrl.parse("unix:///tmp/s.sock").socketPath());
        assertEquals("127.0.0.1:9001", ServerUrl.parse("http://127.0.0.1:9001").hostHeader());
        assertEquals("example.com", ServerUrl.parse("http://Example.com/RPC2").hostHeader());
        assertEquals("[::1]:9001", ServerUrl.parse("http://[::1]:9001").hostHeader());
        assertEquals(80, ServerUrl.parse("http://u:p@h").port());
        assertEquals("Unknown protocol for serverurl ftp://x",
                assertThrows(IllegalArgumentException.class, () -> ServerUrl.parse("ftp://x")).getMessage());
    }
}
