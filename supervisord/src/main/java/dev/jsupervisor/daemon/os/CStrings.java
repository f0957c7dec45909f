package dev.jsupervisor.daemon.os;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jnr.ffi.Memory;
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
     * A char*[] with a final NULL. jnr frees direct memory when its Pointer object is collected,
     * so the vector keeps every string's Pointer; callers hold the Vector until the call returns.
     */
    static Vector vector(Runtime runtime, List<String> strings) {
        int slot = runtime.addressSize();
        Pointer array = Memory.allocateDirect(runtime, (strings.size() + 1) * slot, true);
        List<Pointer> keep = new ArrayList<>();
        for (int i = 0; i < strings.size(); i++) {
            byte[] bytes = of(strings.get(i));
            Pointer string = Memory.allocateDirect(runtime, bytes.length);
            string.put(0, bytes, 0, bytes.length);
            array.putPointer((long) i * slot, string);
            keep.add(string);
        }
        return new Vector(array, keep);
    }

    /** The array pointer plus the strings it points to. */
    record Vector(Pointer array, List<Pointer> strings) {}
}
