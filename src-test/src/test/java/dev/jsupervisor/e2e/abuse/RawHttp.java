package dev.jsupervisor.e2e.abuse;

import dev.jsupervisor.e2e.pairs.PairDaemon;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Bytes over a real socket to a daemon's inet port or unix socket, and what comes back. */
final class RawHttp {
    static final String AUTH = "Authorization: Basic "
            + Base64.getEncoder().encodeToString("user:123".getBytes(StandardCharsets.UTF_8)) + "\r\n";
    static final String GET_STATE = "<?xml version='1.0'?>\n<methodCall>\n<methodName>supervisor.getState</methodName>"
            + "\n<params>\n</params>\n</methodCall>\n";

    private RawHttp() {}

    /** A blocking channel to the daemon's TCP port (inet) or its unix socket. */
    static SocketChannel open(PairDaemon d, boolean unix) throws IOException {
        if (unix) {
            SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX);
            c.connect(UnixDomainSocketAddress.of(d.dir().resolve("sv.sock")));
            return c;
        }
        return SocketChannel.open(new InetSocketAddress("127.0.0.1", d.port()));
    }

    /** A POST /RPC2 with credentials (ignored on the unix socket, which has none). */
    static byte[] post(String version, byte[] body) {
        byte[] head = ("POST /RPC2 " + version + "\r\nHost: localhost\r\n" + AUTH + "Content-Type: text/xml\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    static byte[] post(String body) {
        return post("HTTP/1.0", body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends everything (stopping quietly if the server closes first, as it may for a body it
     * refuses), half-closes, and reads until the server closes or 10 s pass.
     */
    static String exchange(PairDaemon d, boolean unix, byte[] request) throws IOException {
        try (SocketChannel c = open(d, unix)) {
            try {
                write(c, request);
                c.shutdownOutput();
            } catch (IOException e) {
                // reset or broken pipe while sending: read what the server said before closing
            }
            return readToEnd(c, 10_000);
        }
    }

    static void write(SocketChannel c, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            c.write(b);
        }
    }

    /** Reads until end of stream or the deadline; a watchdog closes the channel at the deadline. */
    static String readToEnd(SocketChannel c, long millis) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buf = ByteBuffer.allocate(65536);
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> closeQuietly(c), millis, TimeUnit.MILLISECONDS);
        try {
            while (c.read(buf) >= 0) {
                out.write(buf.array(), 0, buf.position());
                buf.clear();
            }
        } catch (IOException e) {
            // reset by the server after its answer, or the watchdog: keep what arrived
        } finally {
            watchdog.cancel(false);
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    static void closeQuietly(SocketChannel c) {
        try {
            c.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "raw-http-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** "400" from "HTTP/1.0 400 Bad Request..."; "closed" when nothing came back. */
    static String status(String response) {
        if (response.isEmpty()) {
            return "closed";
        }
        int space = response.indexOf(' ');
        return space < 0 ? "garbled" : response.substring(space + 1, Math.min(response.length(), space + 4));
    }
}
