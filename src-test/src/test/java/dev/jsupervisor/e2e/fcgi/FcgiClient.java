package dev.jsupervisor.e2e.fcgi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A client of a pool's socket: connects and reads the answer to EOF. "refused" when nobody
 * listens, "no answer" when nothing came within ten seconds.
 */
final class FcgiClient {
    private static final long TIMEOUT_MILLIS = 10_000;

    private FcgiClient() {}

    static String askTcp(int port) {
        return ask(new InetSocketAddress("127.0.0.1", port), StandardProtocolFamily.INET);
    }

    static String askUnix(Path socket) {
        return ask(UnixDomainSocketAddress.of(socket), StandardProtocolFamily.UNIX);
    }

    private static String ask(SocketAddress address, StandardProtocolFamily family) {
        try (SocketChannel channel = SocketChannel.open(family)) {
            channel.connect(address);
            return readToEnd(channel);
        } catch (IOException e) {
            return "refused";
        }
    }

    private static String readToEnd(SocketChannel channel) throws IOException {
        channel.configureBlocking(false);
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(256);
        long until = System.currentTimeMillis() + TIMEOUT_MILLIS;
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (System.currentTimeMillis() < until) {
                selector.select(200);
                selector.selectedKeys().clear();
                buffer.clear();
                int n = channel.read(buffer);
                if (n < 0) {
                    return answer.toString(StandardCharsets.UTF_8).trim();
                }
                answer.write(buffer.array(), 0, n);
            }
        }
        return "no answer";
    }
}
