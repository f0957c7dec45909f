package dev.jsupervisor.daemon.os;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/**
 * Marshalling of Java strings into C strings and NULL-terminated string vectors. Text is encoded
 * as UTF-8, which is what Python's filesystem encoding gives under the UTF-8 locales supervisord
 * normally runs with.
 */
final class CStrings {
    private CStrings() {}

    /** A NUL-terminated copy of the string's UTF-8 bytes. */
    static byte[] of(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] c = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, c, 0, utf8.length);
        return c;
    }

    /**
     * A char*[] with a final NULL, laid out with its strings in ONE calloc'd block that the caller
     * frees as soon as the call returns. (One jnr allocation per string would leave dozens of
     * small native blocks per spawn waiting for the garbage collector: about 9 MiB with 500
     * programs.)
     */
    static Vector vector(LibC libc, Runtime runtime, List<String> strings) {
        int slot = runtime.addressSize();
        List<byte[]> encoded = strings.stream().map(CStrings::of).toList();
        long arrayBytes = (long) (encoded.size() + 1) * slot;
        long total = arrayBytes + encoded.stream().mapToLong(b -> b.length).sum();
        Pointer block = libc.calloc(1, total);
        if (block == null) {
            throw new OutOfMemoryError("calloc(" + total + ") failed while preparing a spawn");
        }
        long at = arrayBytes;
        for (int i = 0; i < encoded.size(); i++) {
            byte[] bytes = encoded.get(i);
            block.put(at, bytes, 0, bytes.length);
            block.putAddress((long) i * slot, block.address() + at);
            at += bytes.length;
        }
        return new Vector(block);   // the last slot is already NULL: calloc zeroes
    }

    /** The vector's block: its start is the char*[] to pass. */
    record Vector(Pointer array) {
        void free(LibC libc) {
            libc.free(array);
        }
    }
}
