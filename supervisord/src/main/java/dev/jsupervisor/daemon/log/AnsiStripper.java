package dev.jsupervisor.daemon.log;

import java.io.ByteArrayOutputStream;

/**
 * strip_ansi: drops every {@code ESC [} and what follows up to and including the next byte from
 * {@code HfABCDRsuJKhlpm}. Each call starts fresh, as in the reference: a sequence cut by a chunk
 * boundary loses the rest of its chunk, and its tail in the next chunk is shown as text.
 */
public final class AnsiStripper {
    private static final String TERMINATORS = "HfABCDRsuJKhlpm";
    private static final byte ESC = 0x1b;

    private AnsiStripper() {}

    public static byte[] strip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        boolean inSequence = false;
        int i = 0;
        while (i < data.length) {
            if (inSequence) {
                // the '[' after ESC is not a terminator, so scanning from it is harmless
                inSequence = TERMINATORS.indexOf(data[i]) < 0;
                i++;
                continue;
            }
            int start = findEscapeStart(data, i);
            if (start < 0) {
                out.write(data, i, data.length - i);
                break;
            }
            out.write(data, i, start - i);
            inSequence = true;
            i = start + 1;
        }
        return out.toByteArray();
    }

    private static int findEscapeStart(byte[] data, int from) {
        for (int i = from; i + 1 < data.length; i++) {
            if (data[i] == ESC && data[i + 1] == '[') {
                return i;
            }
        }
        return -1;
    }
}
