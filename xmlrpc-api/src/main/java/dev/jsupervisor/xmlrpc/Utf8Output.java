package dev.jsupervisor.xmlrpc;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer that the writer appends to directly: a reply goes to the wire
 * without first being a StringBuilder, then a String, then a byte array (a getAllProcessInfo of
 * 100 processes is about 90 KB, and copies of it were most of that call's cost).
 */
final class Utf8Output {
    /**
     * Each thread's working buffer, reused from one document to the next (the result is copied
     * out at its exact size anyway); one that grew past this stays with its document only.
     */
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[8192]);
    private static final int KEEP_AT_MOST = 1 << 20;

    private byte[] bytes;
    private int size;

    Utf8Output() {
        bytes = SCRATCH.get();
        SCRATCH.set(null);     // taken: a second writer on this thread gets its own
        if (bytes == null) {
            bytes = new byte[8192];
        }
    }

    Utf8Output append(String s) {
        int n = s.length();
        ensure(n);
        byte[] b = bytes;
        int at = size;
        for (int i = 0; i < n; i++) {      // one pass: copy while it is ASCII
            char c = s.charAt(i);
            if (c >= 0x80) {
                return appendEncoded(s);
            }
            b[at + i] = (byte) c;
        }
        size = at + n;
        return this;
    }

    private Utf8Output appendEncoded(String s) {
        byte[] encoded = s.getBytes(StandardCharsets.UTF_8);
        return append(encoded);
    }

    /** Bytes already encoded (the writer's constant tags). */
    Utf8Output append(byte[] encoded) {
        ensure(encoded.length);
        System.arraycopy(encoded, 0, bytes, size, encoded.length);
        size += encoded.length;
        return this;
    }

    Utf8Output append(char asciiChar) {
        ensure(1);
        bytes[size++] = (byte) asciiChar;
        return this;
    }

    /** The document; the working buffer goes back to the thread. */
    byte[] toBytes() {
        byte[] result = Arrays.copyOf(bytes, size);
        release();
        return result;
    }

    /** The document as text; the working buffer goes back to the thread. */
    @Override
    public String toString() {
        String result = new String(bytes, 0, size, StandardCharsets.UTF_8);
        release();
        return result;
    }

    private void release() {
        if (bytes.length <= KEEP_AT_MOST) {
            SCRATCH.set(bytes);
        }
        bytes = new byte[0];
        size = 0;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
