package dev.jsupervisor.daemon.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The chunked transfer coding for a streamed HTTP/1.1 body: each piece becomes one chunk with a
 * lower-case hex size line, as the reference writes them; {@link #finish()} writes the last chunk
 * without trailers.
 */
public final class ChunkedWriter implements BodyStream {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] LAST = "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private boolean finished;

    @Override
    public ByteBuffer write(byte[] data, int off, int len) {
        if (finished) {
            throw new IllegalStateException("chunked body already finished");
        }
        if (len == 0) {
            // A zero-size chunk is the end marker, so an empty piece must produce nothing.
            return ByteBuffer.allocate(0);
        }
        byte[] size = Integer.toHexString(len).getBytes(StandardCharsets.US_ASCII);
        ByteBuffer out = ByteBuffer.allocate(size.length + 2 + len + 2);
        out.put(size).put(CRLF).put(data, off, len).put(CRLF);
        return out.flip();
    }

    @Override
    public ByteBuffer finish() {
        if (finished) {
            return ByteBuffer.allocate(0);
        }
        finished = true;
        return ByteBuffer.wrap(LAST.clone());
    }

    @Override
    public boolean endsWithClose() {
        return false;
    }
}
