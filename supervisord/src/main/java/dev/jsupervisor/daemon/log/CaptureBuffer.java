package dev.jsupervisor.daemon.log;

import java.util.Arrays;

/**
 * The in-memory store for one capture block, *_capture_maxbytes big. Its overflow rule is the
 * reference's, not a strict ring: when a write would exceed the capacity, as many bytes as are
 * written are dropped from the front (all of them if fewer are stored). A single write larger
 * than the capacity is therefore kept whole.
 */
final class CaptureBuffer {
    private final long capacity;
    private byte[] data = new byte[0];

    CaptureBuffer(long capacity) {
        this.capacity = capacity;
    }

    void write(byte[] chunk) {
        int keepFrom = data.length + (long) chunk.length > capacity ? Math.min(chunk.length, data.length) : 0;
        byte[] next = Arrays.copyOf(Arrays.copyOfRange(data, keepFrom, data.length),
                data.length - keepFrom + chunk.length);
        System.arraycopy(chunk, 0, next, data.length - keepFrom, chunk.length);
        data = next;
    }

    byte[] contents() {
        return data.clone();
    }

    void clear() {
        data = new byte[0];
    }
}
