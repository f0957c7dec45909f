package dev.jsupervisor.daemon.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * Incremental decoder of one chunked request body. It keeps its own state between calls, so
 * the body may arrive cut anywhere; it consumes nothing past the body's final CRLF, so a
 * pipelined request that follows stays in the buffer.
 */
final class ChunkedBodyReader {
    private enum State { SIZE_LINE, DATA, DATA_END, TRAILER_LINE, DONE }

    private static final int MAX_LINE = 4096;
    /** Trailer fields are dropped, but their number must still be bounded. */
    private static final int MAX_TRAILER_LINES = 64;

    private final int maxBody;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final StringBuilder line = new StringBuilder();
    private State state = State.SIZE_LINE;
    private long remaining;
    private int trailerLines;

    ChunkedBodyReader(int maxBody) {
        this.maxBody = maxBody;
    }

    /** Consumes what it can of {@code in}; true once the whole body (with trailers) is in. */
    boolean read(ByteBuffer in) throws HttpDecodeException {
        while (in.hasRemaining() && state != State.DONE) {
            switch (state) {
                case SIZE_LINE -> {
                    if (readLine(in)) {
                        startChunk(parseSize(takeLine()));
                    }
                }
                case DATA -> copyData(in);
                case DATA_END -> {
                    if (readLine(in)) {
                        expectEmpty(takeLine());
                        state = State.SIZE_LINE;
                    }
                }
                case TRAILER_LINE -> {
                    // Trailer fields are read and dropped: nothing in the reference would use them.
                    if (readLine(in)) {
                        endOrSkipTrailer(takeLine());
                    }
                }
                default -> throw new IllegalStateException(state.name());
            }
        }
        return state == State.DONE;
    }

    byte[] body() {
        return body.toByteArray();
    }

    /** Collects one line; true when its LF arrived (then {@link #takeLine} has it, without CR LF). */
    private boolean readLine(ByteBuffer in) throws HttpDecodeException {
        while (in.hasRemaining()) {
            char c = (char) (in.get() & 0xff);
            if (c == '\n') {
                int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
                line.setLength(end);
                return true;
            }
            if (line.length() >= MAX_LINE) {
                throw new HttpDecodeException(400, Messages.BAD_CHUNK);
            }
            line.append(c);
        }
        return false;
    }

    private String takeLine() {
        String text = line.toString();
        line.setLength(0);
        return text;
    }

    private void endOrSkipTrailer(String text) throws HttpDecodeException {
        if (text.isEmpty()) {
            state = State.DONE;
        } else if (++trailerLines > MAX_TRAILER_LINES) {
            throw new HttpDecodeException(400, Messages.BAD_CHUNK);
        }
    }

    private void startChunk(long size) {
        remaining = size;
        state = size == 0 ? State.TRAILER_LINE : State.DATA;
    }

    private static void expectEmpty(String text) throws HttpDecodeException {
        if (!text.isEmpty()) {
            throw new HttpDecodeException(400, Messages.BAD_CHUNK);
        }
    }

    private void copyData(ByteBuffer in) throws HttpDecodeException {
        int n = (int) Math.min(remaining, in.remaining());
        if ((long) body.size() + n > maxBody) {
            throw new HttpDecodeException(413, String.format(Messages.BODY_TOO_LARGE, maxBody));
        }
        byte[] piece = new byte[n];
        in.get(piece);
        body.writeBytes(piece);
        remaining -= n;
        if (remaining == 0) {
            state = State.DATA_END;
        }
    }

    /** Hex digits, optionally followed by ';' extensions (ignored). */
    private long parseSize(String sizeLine) throws HttpDecodeException {
        int semi = sizeLine.indexOf(';');
        String digits = (semi < 0 ? sizeLine : sizeLine.substring(0, semi)).strip();
        if (digits.isEmpty() || digits.length() > 15
                || !digits.chars().allMatch(c -> c < 0x80 && Character.digit(c, 16) >= 0)) {
            throw new HttpDecodeException(400, Messages.BAD_CHUNK);
        }
        long size = Long.parseLong(digits, 16);
        if (size + body.size() > maxBody) {
            throw new HttpDecodeException(413, String.format(Messages.BODY_TOO_LARGE, maxBody));
        }
        return size;
    }
}
