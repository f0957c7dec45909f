package dev.jsupervisor.daemon.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One bound server socket (unix or inet) in the loop's Selector. Accepted clients become
 * non-blocking {@link Connection}s in the same Selector. {@code socketFile} is the unix socket's
 * public name, removed when the listener closes.
 */
final class Listener implements Selectable {
    private final ServerSocketChannel server;
    private final RequestHandler handler;
    private final ByteBuffer readBuffer;
    private final Path socketFile;
    private final Map<Connection, Boolean> open = new IdentityHashMap<>();
    private Selector selector;

    Listener(ServerSocketChannel server, RequestHandler handler, ByteBuffer readBuffer, Path socketFile) {
        this.server = server;
        this.handler = handler;
        this.readBuffer = readBuffer;
        this.socketFile = socketFile;
    }

    void register(Selector into) throws IOException {
        this.selector = into;
        server.configureBlocking(false);
        server.register(into, SelectionKey.OP_ACCEPT, this);
    }

    @Override
    public void ready(SelectionKey key) {
        if (!key.isValid() || !key.isAcceptable()) {
            return;
        }
        try {
            SocketChannel client;
            while ((client = server.accept()) != null) {
                adopt(client);
            }
        } catch (IOException e) {
            // Out of descriptors or a client gone before accept: the listener itself stays up.
        }
    }

    private void adopt(SocketChannel client) throws IOException {
        client.configureBlocking(false);
        Connection[] self = new Connection[1];
        Connection connection = new Connection(client, handler, readBuffer, () -> open.remove(self[0]));
        self[0] = connection;
        try {
            connection.attach(client.register(selector, SelectionKey.OP_READ, connection));
            open.put(connection, Boolean.TRUE);
        } catch (ClosedChannelException e) {
            client.close();
        }
    }

    /** After a loop pass: every client with a parked reply asks it again. */
    void resumeParked() {
        for (Connection c : open.keySet().toArray(new Connection[0])) {
            if (c.isParked()) {
                c.resume();
            }
        }
    }

    /** Stops listening, drops every client (cancelling parked replies) and removes the socket file. */
    void close() {
        for (Connection c : open.keySet().toArray(new Connection[0])) {
            c.close();
        }
        try {
            server.close();
        } catch (IOException e) {
            // closing is best effort at exit
        }
        if (socketFile != null) {
            try {
                Files.deleteIfExists(socketFile);
            } catch (IOException e) {
                // a socket file we cannot remove is treated as stale by the next start
            }
        }
    }
}
