package dev.jsupervisor.daemon.log;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits one output stream into "log" pieces and capture-mode switches, incrementally: bytes
 * arrive in arbitrary chunks and a token may be cut anywhere. The state is the current mode and
 * the bytes held back. Holding rules (the reference's, reproduced on purpose):
 * <ul>
 * <li>while the held bytes are no longer than the token being looked for, nothing is released,
 *     even text that cannot be part of a token (so short trailing output waits for more data,
 *     and is lost if the child exits);
 * <li>otherwise everything is released except a tail that could be the token's beginning.
 * </ul>
 * Without capture (maxbytes 0) every chunk is released as it comes.
 */
final class CaptureScanner {
    static final byte[] BEGIN = "<!--XSUPERVISOR:BEGIN-->".getBytes(StandardCharsets.US_ASCII);
    static final byte[] END = "<!--XSUPERVISOR:END-->".getBytes(StandardCharsets.US_ASCII);

    /** What the scanner produces, in stream order. */
    interface Output {
        /** A non-empty piece of output, to go wherever the current mode sends it. */
        void piece(byte[] data);

        /** A token was seen: capture mode is now on (true) or off (false). */
        void toggled(boolean capturing);
    }

    private final boolean enabled;
    private boolean capturing;
    private byte[] held = new byte[0];

    CaptureScanner(boolean enabled) {
        this.enabled = enabled;
    }

    boolean capturing() {
        return capturing;
    }

    /** Bytes received but not yet released. */
    byte[] held() {
        return held.clone();
    }

    void feed(byte[] chunk, Output out) {
        if (!enabled && held.length == 0) {
            if (chunk.length > 0) {
                out.piece(chunk);       // nothing to look for: the chunk (a fresh copy) goes out as it is
            }
            return;
        }
        held = concat(held, chunk);
        if (!enabled) {
            release(held.length, out);
            return;
        }
        while (true) {
            byte[] token = capturing ? END : BEGIN;
            if (held.length <= token.length) {
                return;
            }
            int at = indexOf(held, token);
            if (at < 0) {
                release(held.length - partialTokenAtEnd(held, token), out);
                return;
            }
            release(at, out);
            held = Arrays.copyOfRange(held, token.length, held.length);
            capturing = !capturing;
            out.toggled(capturing);
            if (held.length == 0) {
                return;
            }
        }
    }

    /** Hands out the first {@code count} held bytes (if any) and keeps the rest. */
    private void release(int count, Output out) {
        if (count > 0) {
            byte[] piece = Arrays.copyOfRange(held, 0, count);
            held = Arrays.copyOfRange(held, count, held.length);
            out.piece(piece);
        }
    }

    /** Length of the longest proper prefix of {@code token} that {@code data} ends with. */
    static int partialTokenAtEnd(byte[] data, byte[] token) {
        for (int n = Math.min(token.length - 1, data.length); n > 0; n--) {
            if (Arrays.equals(data, data.length - n, data.length, token, 0, n)) {
                return n;
            }
        }
        return 0;
    }

    static int indexOf(byte[] data, byte[] token) {
        for (int i = 0; i + token.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + token.length, token, 0, token.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
