package dev.jsupervisor.daemon.http;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Incremental HTTP/1.x request decoder for one connection. Bytes go in as they arrive, cut
 * anywhere; complete requests come out in order, several per call when the client pipelines.
 * The state lives in fields, not on a stack, so no call ever waits for more input. Owned by the
 * event loop thread.
 *
 * <p>After a framing error the decoder stops: {@link #failure()} says which error page to send,
 * and the connection must close after it, because the following bytes can no longer be assigned
 * to a request.
 */
public final class HttpRequestDecoder {
    /** The prototype's limits; the reference had none (it buffered without bound). */
    public static final int DEFAULT_MAX_HEAD = 16 * 1024;
    public static final int DEFAULT_MAX_BODY = 2 * 1024 * 1024;

    private enum State { HEAD, FIXED_BODY, CHUNKED_BODY, FAILED }

    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final int maxHead;
    private final int maxBody;

    private State state = State.HEAD;
    private byte[] head = new byte[256];
    private int headLength;
    /** How much of CR LF CR LF the end of {@code head} matches (0..4). */
    private int terminatorMatch;

    private RequestHeadParser.Head pending;
    private byte[] fixedBody;
    private int fixedFilled;
    private ChunkedBodyReader chunked;
    private DecodeFailure failure;

    public HttpRequestDecoder() {
        this(DEFAULT_MAX_HEAD, DEFAULT_MAX_BODY);
    }

    /**
     * @param maxHead most bytes of request line plus header fields (blank line included)
     * @param maxBody most bytes of a request body, declared or chunked
     */
    public HttpRequestDecoder(int maxHead, int maxBody) {
        this.maxHead = maxHead;
        this.maxBody = maxBody;
    }

    /** Consumes all of {@code in}; returns the requests it completed, in order. */
    public List<HttpRequest> feed(ByteBuffer in) {
        List<HttpRequest> done = new ArrayList<>(1);
        try {
            while (in.hasRemaining() && state != State.FAILED) {
                step(in, done);
            }
        } catch (HttpDecodeException e) {
            fail(e);
        }
        if (state == State.FAILED) {
            in.position(in.limit());
        }
        return done;
    }

    /** Set once the stream is unusable; the requests returned before it are still valid. */
    public Optional<DecodeFailure> failure() {
        return Optional.ofNullable(failure);
    }

    /** True between requests, i.e. when a close now would not cut a request in half. */
    public boolean idle() {
        return state == State.HEAD && headLength == 0;
    }

    private void step(ByteBuffer in, List<HttpRequest> done) throws HttpDecodeException {
        switch (state) {
            case HEAD -> {
                if (scanHead(in)) {
                    startBody(done);
                }
            }
            case FIXED_BODY -> {
                int n = Math.min(in.remaining(), fixedBody.length - fixedFilled);
                in.get(fixedBody, fixedFilled, n);
                fixedFilled += n;
                if (fixedFilled == fixedBody.length) {
                    complete(done, fixedBody, HttpRequest.Framing.CONTENT_LENGTH);
                }
            }
            case CHUNKED_BODY -> {
                if (chunked.read(in)) {
                    complete(done, chunked.body(), HttpRequest.Framing.CHUNKED);
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    /** Copies header bytes until CR LF CR LF; true when the section is complete. */
    private boolean scanHead(ByteBuffer in) throws HttpDecodeException {
        while (in.hasRemaining()) {
            byte b = in.get();
            if (headLength == 0 && (b == CR || b == LF)) {
                // Blank lines before a request line are skipped (RFC 9112 2.2; the reference too).
                continue;
            }
            append(b);
            terminatorMatch = nextMatch(terminatorMatch, b);
            if (terminatorMatch == 4) {
                return true;
            }
        }
        return false;
    }

    private static int nextMatch(int matched, byte b) {
        boolean wantCr = matched % 2 == 0;
        if (wantCr ? b == CR : b == LF) {
            return matched + 1;
        }
        return b == CR ? 1 : 0;
    }

    private void append(byte b) throws HttpDecodeException {
        if (headLength >= maxHead) {
            throw new HttpDecodeException(400, String.format(Messages.HEAD_TOO_LARGE, maxHead));
        }
        if (headLength == head.length) {
            head = Arrays.copyOf(head, Math.min(head.length * 2, maxHead));
        }
        head[headLength++] = b;
    }

    /** The section is in: parse it and decide how the body is framed. */
    private void startBody(List<HttpRequest> done) throws HttpDecodeException {
        pending = RequestHeadParser.parse(head, headLength - 4);
        resetHead();
        BodyFraming framing = BodyFraming.of(pending.headers(), maxBody);
        if (framing.kind() == HttpRequest.Framing.CHUNKED) {
            chunked = new ChunkedBodyReader(maxBody);
            state = State.CHUNKED_BODY;
        } else if (framing.length() > 0) {
            fixedBody = new byte[(int) framing.length()];
            fixedFilled = 0;
            state = State.FIXED_BODY;
        } else {
            complete(done, new byte[0], framing.kind());
        }
    }

    private void complete(List<HttpRequest> done, byte[] body, HttpRequest.Framing framing) {
        RequestHeadParser.Head h = pending;
        done.add(new HttpRequest(h.method(), h.target(), UriCodec.decodeTarget(h.target()), h.version(),
                h.headers(), body, framing));
        pending = null;
        fixedBody = null;
        chunked = null;
        state = State.HEAD;
    }

    private void resetHead() {
        headLength = 0;
        terminatorMatch = 0;
        if (head.length > 4096) {
            head = new byte[256];  // do not keep a large buffer per idle connection
        }
    }

    private void fail(HttpDecodeException e) {
        String version = pending == null ? null : pending.version();
        failure = new DecodeFailure(e.status(), version, e.getMessage());
        state = State.FAILED;
        pending = null;
        head = new byte[0];
    }
}
