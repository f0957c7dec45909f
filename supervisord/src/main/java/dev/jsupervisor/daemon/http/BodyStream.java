package dev.jsupervisor.daemon.http;

import java.nio.ByteBuffer;

/**
 * Frames the pieces of a streamed body (a log tail) as they become available. Pure: each call
 * returns the bytes to queue on the connection.
 */
public interface BodyStream {
    /** Bytes that carry {@code data[off, off+len)}; empty when {@code len} is 0. */
    ByteBuffer write(byte[] data, int off, int len);

    /** Bytes that end the body (nothing for a body that ends with the connection). */
    ByteBuffer finish();

    /** Whether the connection must close to end the body. */
    boolean endsWithClose();

    /** HTTP/1.0, or 1.1 without chunking: bytes go out as they are and the close ends the body. */
    static BodyStream untilClose() {
        return new BodyStream() {
            @Override
            public ByteBuffer write(byte[] data, int off, int len) {
                return ByteBuffer.wrap(data.clone(), off, len).slice();
            }

            @Override
            public ByteBuffer finish() {
                return ByteBuffer.allocate(0);
            }

            @Override
            public boolean endsWithClose() {
                return true;
            }
        };
    }
}
