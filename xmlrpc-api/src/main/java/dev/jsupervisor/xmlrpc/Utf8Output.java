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
        if (isAscii(s, n)) {
            ensure(n);
            for (int i = 0; i < n; i++) {
                bytes[size++] = (byte) s.charAt(i);
            }
        } else {
            byte[] encoded = s.getBytes(StandardCharsets.UTF_8);
            ensure(encoded.length);
            System.arraycopy(encoded, 0, bytes, size, encoded.length);
            size += encoded.length;
        }
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

    private static boolean isAscii(String s, int n) {
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
