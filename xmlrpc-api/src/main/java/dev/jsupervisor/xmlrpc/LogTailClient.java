package dev.jsupervisor.xmlrpc;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The streaming GET behind supervisorctl's {@code tail -f}, {@code fg} and {@code maintail -f}:
 * requests {@code /logtail/<namespec>/<channel>} or {@code /mainlogtail} with the header set of
 * supervisor's http_client and hands each piece of the (chunked) body to a callback as it
 * arrives. One stream per instance; {@link #close()} from another thread ends it.
 */
public final class LogTailClient implements AutoCloseable {
    private final ServerUrl url;
    private final String authorization;
    private volatile HttpConnection connection;
    private volatile boolean closed;

    /** supervisor's http_client sends credentials whenever the password is non-empty. */
    public LogTailClient(ServerUrl url, String username, String password) {
        this.url = url;
        this.authorization = password == null || password.isEmpty()
                ? null : RequestHeaders.basic(username == null ? "" : username, password);
    }

    /**
     * Streams {@code path} until the server ends the body or {@link #close()} is called (then it
     * returns normally). A non-200 answer throws {@link HttpStatusException} (supervisorctl prints
     * "Cannot read, status code N"); connection failures throw {@link TransportException}.
     */
    public void stream(String path, Consumer<byte[]> sink) throws TransportException {
        HttpConnection c = open();
        try {
            c.send(RequestHeaders.tailGet(url, path, authorization));
            HttpReader reader = new HttpReader(c.in);
            HttpResponseHead head = reader.readHead();
            if (head.status() != 200) {
                throw new HttpStatusException(url.text() + path, head.status(), head.reason());
            }
            reader.streamBody(head, (buffer, length) -> sink.accept(Arrays.copyOf(buffer, length)));
        } catch (IOException | TransportException e) {
            if (!closed) {
                throw e instanceof TransportException t ? t
                        : new TransportException(TransportException.Kind.IO, String.valueOf(e.getMessage()), e);
            }
        } finally {
            c.close();
        }
    }

    private synchronized HttpConnection open() throws TransportException {
        if (closed || connection != null) {
            throw new IllegalStateException("one stream per LogTailClient");
        }
        connection = HttpConnection.open(url);
        return connection;
    }

    /** Ends a running stream (its blocked read fails and stream() returns); idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        if (connection != null) {
            connection.close();
        }
    }
}
