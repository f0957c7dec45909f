package dev.jsupervisor.daemon.http;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Base64 decoding the way the reference decodes credentials: characters outside the alphabet are
 * skipped, a final partial group must be completed with '=' ("abc" is refused, where
 * {@link java.util.Base64} accepts it), and nothing after that padding is read.
 */
final class LenientBase64 {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private LenientBase64() {}

    static Optional<byte[]> decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int bits = 0;
        int held = 0;
        int pads = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=') {
                if (held >= 2 && ++pads == 4 - held) {
                    emitPartial(out, bits, held);
                    return Optional.of(out.toByteArray());
                }
                continue;
            }
            int value = c < 0x80 ? ALPHABET.indexOf(c) : -1;
            if (value < 0) {
                continue;
            }
            bits = (bits << 6) | value;
            if (++held == 4) {
                out.write(bits >> 16);
                out.write(bits >> 8);
                out.write(bits);
                bits = 0;
                held = 0;
                pads = 0;
            }
        }
        return held == 0 ? Optional.of(out.toByteArray()) : Optional.empty();
    }

    /** Two symbols carry one byte, three carry two; the spare low bits are dropped. */
    private static void emitPartial(ByteArrayOutputStream out, int bits, int held) {
        if (held == 2) {
            out.write(bits >> 4);
        } else {
            out.write(bits >> 10);
            out.write(bits >> 2);
        }
    }
}
