package dev.jsupervisor.daemon.server;

import dev.jsupervisor.daemon.http.BodySource;
import dev.jsupervisor.daemon.http.BodyStream;

/**
 * Joins a response's {@link BodySource} to the connection that sends it: each piece is framed
 * (a chunk on HTTP/1.1, raw bytes until close on HTTP/1.0) and queued on the connection.
 */
final class StreamedBody implements BodySource.Sink {
    private final BodySource source;
    private final BodyStream framing;
    private final Connection connection;

    private StreamedBody(BodySource source, BodyStream framing, Connection connection) {
        this.source = source;
        this.framing = framing;
        this.connection = connection;
    }

    static StreamedBody start(BodySource source, BodyStream framing, Connection connection) {
        StreamedBody body = new StreamedBody(source, framing, connection);
        source.attach(body);
        return body;
    }

    @Override
    public boolean hasRoom() {
        return connection.hasRoom();
    }

    @Override
    public void piece(byte[] data) {
        connection.streamed(framing.write(data, 0, data.length));
    }

    void close() {
        source.close();
    }
}
