package dev.jsupervisor.xmlrpc;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer that the writer appends to directly: a reply goes to the wire
 * without first being a StringBuilder, then a String, then a byte array (a getAllProcessInfo of
 * 100 processes is about 90 KB, and copies of it were most of that call's cost).
 */
final class Utf8Output {
    private byte[] bytes;
    private int size;

    Utf8Output(int capacity) {
        bytes = new byte[capacity];
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

    byte[] toBytes() {
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
