package dev.jsupervisor.xmlrpc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** A scripted HTTP server on a unix socket: records each raw request, answers from a queue. */
final class FakeHttpServer implements AutoCloseable {
    /** One scripted answer; close=true drops the connection after writing it. */
    record Answer(byte[] bytes, boolean close) {
        static Answer ok(String xml, String extraHeaders, boolean close) {
            byte[] body = xml.getBytes(StandardCharsets.UTF_8);
            String head = "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n" + extraHeaders
                    + "Content-Length: " + body.length + "\r\n\r\n";
            return new Answer(concat(head.getBytes(StandardCharsets.UTF_8), body), close);
        }

        static Answer raw(String text, boolean close) {
            return new Answer(text.getBytes(StandardCharsets.UTF_8), close);
        }
    }

    final Path socket;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();
    final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
    private final ServerSocketChannel server;
    private final Thread acceptor;

    FakeHttpServer(Path socket) throws IOException {
        this.socket = socket;
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        acceptor = new Thread(this::acceptLoop, "fake-http");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    ServerUrl url() {
        return ServerUrl.parse("unix://" + socket);
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try (SocketChannel c = server.accept()) {
                connections.incrementAndGet();
                serve(Channels.newInputStream(c), Channels.newOutputStream(c));
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }

    private void serve(InputStream in, OutputStream out) throws IOException, InterruptedException {
        while (true) {
            String request = readRequest(in);
            if (request == null) {
                return;
            }
            requests.add(request);
            Answer a = answers.take();
            out.write(a.bytes());
            out.flush();
            if (a.close()) {
                return;
            }
        }
    }

    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            head.write(c);
            if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                break;
            }
        }
        if (c < 0) {
            return null;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Override
    public void close() throws IOException {
        server.close();
        acceptor.interrupt();
    }
}
