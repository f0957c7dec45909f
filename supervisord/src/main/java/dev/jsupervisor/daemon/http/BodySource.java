package dev.jsupervisor.daemon.http;

/**
 * Where the pieces of a streamed body come from (a followed log file). The connection that sends
 * the response attaches itself as the {@link Sink}; the source then hands it pieces as they
 * become available, and is closed when the connection ends.
 */
public interface BodySource {
    /** The connection's side: whether it has room for more, and where pieces go. */
    interface Sink {
        /** False while the client is not reading fast enough: the source should wait. */
        boolean hasRoom();

        void piece(byte[] data);
    }

    void attach(Sink sink);

    /** The connection is gone (or never took the response): release the file and stop. */
    void close();
}
