package dev.jsupervisor.daemon.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.daemon.http.HttpRequest;
import dev.jsupervisor.daemon.http.HttpResponse;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Connection with replies that wait: it is driven like the loop drives it (ready keys, then
 * {@link Connection#resume()} after each "pass"), over a real unix socket pair.
 */
class ParkedReplyTest {
    /** Requests to /wait/... park until {@link #gateOpen}; /stream streams two pieces; others answer at once. */
    private final class Handler implements RequestHandler {
        @Override
        public Reply respond(HttpRequest request, Instant now) {
            handled.add(request.uri());
            if (request.uri().startsWith("/wait")) {
                return Reply.later(new Gate(request.uri(), now));
            }
            if (request.uri().equals("/stream")) {
                return Reply.later(new Streamer(now));
            }
            return Reply.now(text(request.uri(), now));
        }
    }

    private final class Gate implements PendingReply {
        private final String uri;
        private final Instant arrived;

        Gate(String uri, Instant arrived) {
            this.uri = uri;
            this.arrived = arrived;
        }

        @Override
        public boolean poll(ReplySink sink, Instant now) {
            polls++;
            if (!gateOpen) {
                return false;
            }
            sink.respond(text(uri, arrived));
            return true;
        }

        @Override
        public void cancel() {
            cancelled.add(uri);
        }
    }

    private final class Streamer implements PendingReply {
        private final Instant arrived;
        private int step;

        Streamer(Instant arrived) {
            this.arrived = arrived;
        }

        @Override
        public boolean poll(ReplySink sink, Instant now) {
            switch (step++) {
                case 0 -> sink.respond(HttpResponse.create(200, arrived).set("Content-Type", "text/plain").streamed());
                case 1 -> sink.body("one".getBytes(StandardCharsets.US_ASCII));
                default -> {
                    sink.body("two".getBytes(StandardCharsets.US_ASCII));
                    return true;
                }
            }
            return false;
        }

        @Override
        public void cancel() {
            cancelled.add("/stream");
        }
    }

    private final List<String> handled = new ArrayList<>();
    private final List<String> cancelled = new ArrayList<>();
    private boolean gateOpen;
    private int polls;
    private boolean closed;

    private Path dir;
    private Selector selector;
    private SocketChannel client;
    private Connection connection;

    @BeforeEach
    void connect() throws IOException {
        dir = Files.createTempDirectory("parked");
        selector = Selector.open();
        Path socket = dir.resolve("s.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            client = SocketChannel.open(UnixDomainSocketAddress.of(socket));
            SocketChannel accepted = server.accept();
            accepted.configureBlocking(false);
            connection = new Connection(accepted, new Handler(), ByteBuffer.allocate(64 * 1024), () -> closed = true);
            connection.attach(accepted.register(selector, SelectionKey.OP_READ, connection));
        }
        client.configureBlocking(false);
    }

    @AfterEach
    void cleanUp() throws IOException {
        connection.close();
        client.close();
        selector.close();
        Files.deleteIfExists(dir.resolve("s.sock"));
        Files.deleteIfExists(dir);
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrderBehindAParkedReply() throws Exception {
        send(get("/wait/a") + get("/b") + get("/c"));
        pass();
        pass();
        assertEquals("", received());
        assertEquals(List.of("/wait/a"), handled, "requests behind a parked one wait for it");
        assertTrue(polls >= 3, "polled when parked and after each pass: " + polls);

        gateOpen = true;
        pass();
        String answers = received();
        assertTrue(answers.indexOf("/wait/a") < answers.indexOf("/b") && answers.indexOf("/b") < answers.indexOf("/c"),
                answers);
        assertEquals(List.of("/wait/a", "/b", "/c"), handled);
        assertFalse(closed);
    }

    @Test
    void aClientThatHangsUpCancelsItsParkedReply() throws Exception {
        send(get("/wait/x"));
        pass();
        assertEquals(List.of(), cancelled);
        client.close();
        pass();
        assertEquals(List.of("/wait/x"), cancelled);
        assertTrue(closed);
        int before = polls;
        pass();
        assertEquals(before, polls, "a closed connection polls nothing");
    }

    @Test
    void endOfInputWhileParkedClosesAsTheReferenceDoes() throws Exception {
        send(get("/wait/x"));
        pass();
        client.shutdownOutput();
        pass();
        assertEquals(List.of("/wait/x"), cancelled);
        assertTrue(closed);
    }

    @Test
    void aStreamedReplyIsSentChunkedAsItsPiecesArrive() throws Exception {
        send(get("/stream") + get("/after"));
        pass();
        pass();
        String answers = received();
        assertTrue(answers.contains("Transfer-Encoding: chunked\r\n"), answers);
        assertTrue(answers.contains("\r\n\r\n3\r\none\r\n3\r\ntwo\r\n0\r\n\r\nHTTP/1.1 200 OK"), answers);
        assertTrue(answers.endsWith("/after"), answers);
        assertEquals(List.of(), cancelled);
    }

    @Test
    void closingTheServerCancelsParkedReplies() throws Exception {
        send(get("/wait/x"));
        pass();
        connection.close();
        assertEquals(List.of("/wait/x"), cancelled);
        connection.close();
        assertEquals(1, cancelled.size(), "cancelled once");
    }

    private static String get(String uri) {
        return "GET " + uri + " HTTP/1.1\r\nHost: x\r\n\r\n";
    }

    private static HttpResponse text(String body, Instant now) {
        return HttpResponse.create(200, now).set("Content-Type", "text/plain")
                .body(body.getBytes(StandardCharsets.US_ASCII));
    }

    private void send(String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
        while (bytes.hasRemaining()) {
            client.write(bytes);
        }
    }

    /** One loop pass as far as the connection sees it: ready keys, then resume. */
    private void pass() throws IOException, InterruptedException {
        Thread.sleep(20);
        selector.selectNow();
        for (SelectionKey key : selector.selectedKeys()) {
            ((Selectable) key.attachment()).ready(key);
        }
        selector.selectedKeys().clear();
        connection.resume();
    }

    private String received() throws IOException, InterruptedException {
        Thread.sleep(20);
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        StringBuilder text = new StringBuilder();
        int n;
        while ((n = client.read(buffer)) > 0) {
            text.append(new String(buffer.array(), 0, n, StandardCharsets.US_ASCII));
            buffer.clear();
        }
        return text.toString();
    }
}
