package dev.jsupervisor.daemon.server;

import dev.jsupervisor.daemon.http.BodyStream;
import dev.jsupervisor.daemon.http.HttpRequest;
import dev.jsupervisor.daemon.http.HttpRequestDecoder;
import dev.jsupervisor.daemon.http.HttpResponse;
import dev.jsupervisor.daemon.http.ResponseEncoder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * One accepted client. Requests are decoded incrementally and answered in order (pipelining);
 * responses wait in a write queue that is flushed as the socket accepts bytes. Memory stays
 * bounded: while the queue holds {@link #PAUSE_AT} bytes or more, we neither answer the
 * requests already decoded nor read new ones, so a client that sends without reading only
 * stalls itself. A response with a streamed body (a log tail) is the last one answered: its
 * source hands pieces in through {@link #streamed} while {@link #hasRoom} says the queue is below
 * the same bound, until the client goes away.
 *
 * <p>A reply that must wait (a {@link PendingReply}) is parked: the requests behind it are not
 * answered until it completes, so responses keep their order. The loop calls {@link #resume()}
 * after every pass to poll it. End of input while a reply is parked counts as a disconnect, as
 * in the reference: the reply is cancelled and the connection closed.
 */
final class Connection implements Selectable, ReplySink {
    static final int PAUSE_AT = 256 * 1024;
    /** Decoded requests held behind a parked reply before we stop reading. */
    static final int MAX_HELD_REQUESTS = 64;

    private final SocketChannel channel;
    private final RequestHandler handler;
    private final ByteBuffer readBuffer;
    private final HttpRequestDecoder decoder = new HttpRequestDecoder();
    private final Deque<HttpRequest> waiting = new ArrayDeque<>();
    private final Deque<ByteBuffer> out = new ArrayDeque<>();
    private final Runnable onClose;
    private SelectionKey key;
    private long queued;
    /** Set once a response ends the conversation or the request stream is broken. */
    private boolean closing;
    /** The client shut its sending side; what it asked for is still answered. */
    private boolean inputEnded;
    /** The reply being waited for, and the request it answers; null when none is parked. */
    private PendingReply parked;
    private HttpRequest parkedRequest;
    /** The body framing of a parked reply that streams, once its head is queued. */
    private BodyStream stream;
    private boolean closed;
    /** A response whose body is still being produced (a log tail); later requests wait behind it. */
    private StreamedBody streaming;
    /** Inside {@link #ready}: pieces are flushed at its end instead of at once. */
    private boolean inReady;

    Connection(SocketChannel channel, RequestHandler handler, ByteBuffer sharedReadBuffer, Runnable onClose) {
        this.channel = channel;
        this.handler = handler;
        this.readBuffer = sharedReadBuffer;
        this.onClose = onClose;
    }

    void attach(SelectionKey key) {
        this.key = key;
    }

    @Override
    public void ready(SelectionKey readyKey) {
        inReady = true;
        try {
            if (readyKey.isValid() && readyKey.isWritable()) {
                flush();
            }
            if (readyKey.isValid() && readyKey.isReadable()) {
                read();
            }
            if (parked != null && inputEnded) {
                close();    // the client hung up on a reply it was waiting for
                return;
            }
            progress();
        } catch (IOException e) {
            close();   // a reset or broken pipe only ends this client
        } finally {
            inReady = false;
        }
    }

    /** After a loop pass: asks a parked reply again and sends whatever became ready. */
    void resume() {
        if (parked == null || closed) {
            return;
        }
        try {
            progress();
        } catch (IOException e) {
            close();
        }
    }

    boolean isParked() {
        return parked != null;
    }

    private void progress() throws IOException {
        pollParked();
        answerWaiting();
        flush();
        if (key.isValid()) {
            finishOrReschedule();
        }
    }

    private void read() throws IOException {
        readBuffer.clear();
        int n = channel.read(readBuffer);
        if (n < 0) {
            inputEnded = true;
            return;
        }
        readBuffer.flip();
        List<HttpRequest> decoded = decoder.feed(readBuffer);
        if (streaming == null) {
            waiting.addAll(decoded);
        }   // behind a stream that never ends nothing is answered: keeping requests would only grow memory
    }

    /** Answers decoded requests until one parks, one closes the connection, or the queue is full enough. */
    private void answerWaiting() {
        while (!closing && parked == null && streaming == null && queued < PAUSE_AT && !waiting.isEmpty()) {
            HttpRequest request = waiting.poll();
            Reply reply = handler.respond(request, Instant.now());
            if (reply instanceof Reply.Later later) {
                parked = later.pending();
                parkedRequest = request;
                pollParked();
            } else {
                HttpResponse response = ((Reply.Ready) reply).response();
                send(request, response);
                if (response.source() != null) {
                    streaming = StreamedBody.start(response.source(), stream, this);
                    stream = null;
                    closing = false;    // a stream ends when the client goes away, not before
                } else if (stream != null) {
                    enqueue(stream.finish());   // a streamed response given all at once has no body
                    stream = null;
                }
            }
        }
        if (!closing && parked == null && streaming == null && waiting.isEmpty() && decoder.failure().isPresent()) {
            enqueue(ResponseEncoder.encodeFailure(decoder.failure().get(), Instant.now()).bytes());
            closing = true;
        }
    }

    private void pollParked() {
        if (parked == null || queued >= PAUSE_AT) {
            return;
        }
        if (parked.poll(this, Instant.now())) {
            if (stream != null) {
                enqueue(stream.finish());
                stream = null;
            }
            parked = null;
            parkedRequest = null;
        }
    }

    private void send(HttpRequest request, HttpResponse response) {
        ResponseEncoder.Encoded encoded = ResponseEncoder.encode(request, response);
        enqueue(encoded.bytes());
        closing = encoded.closeAfter();
        stream = encoded.stream();
    }

    @Override
    public void respond(HttpResponse response) {
        if (parkedRequest == null) {
            throw new IllegalStateException("no reply parked, or it has already responded");
        }
        send(parkedRequest, response);
        parkedRequest = null;
    }

    @Override
    public void body(byte[] data) {
        if (stream == null) {
            throw new IllegalStateException("body piece without a streamed response");
        }
        enqueue(stream.write(data, 0, data.length));
    }

    private void enqueue(ByteBuffer bytes) {
        queued += bytes.remaining();
        out.add(bytes);
    }

    /** Room for more of a streamed body: the same bound as for answers. */
    boolean hasRoom() {
        return key != null && key.isValid() && queued < PAUSE_AT;
    }

    /** Framed bytes of a streamed body; sent at once unless {@link #ready} is running. */
    void streamed(ByteBuffer framed) {
        enqueue(framed);
        if (inReady) {
            return;
        }
        try {
            flush();
            finishOrReschedule();
        } catch (IOException e) {
            close();
        }
    }

    private void flush() throws IOException {
        while (!out.isEmpty()) {
            ByteBuffer head = out.peek();
            queued -= channel.write(head);
            if (head.hasRemaining()) {
                return;
            }
            out.poll();
        }
    }

    private void finishOrReschedule() {
        boolean nothingToSend = out.isEmpty();
        // A client that hangs up during a stream is gone: nothing is ever answered after a stream.
        boolean allAnswered = waiting.isEmpty() || streaming != null;
        if (nothingToSend && parked == null && (closing || (inputEnded && allAnswered))) {
            close();
            return;
        }
        int ops = nothingToSend ? 0 : SelectionKey.OP_WRITE;
        // Behind a parked reply we keep reading (a hang-up must be noticed) up to a limit.
        boolean holdingTooMany = parked != null && waiting.size() >= MAX_HELD_REQUESTS;
        if (!closing && !inputEnded && queued < PAUSE_AT && !holdingTooMany) {
            ops |= SelectionKey.OP_READ;
        }
        key.interestOps(ops);
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (streaming != null) {
            streaming.close();
        }
        if (parked != null) {
            PendingReply abandoned = parked;
            parked = null;
            parkedRequest = null;
            abandoned.cancel();
        }
        if (key != null) {
            key.cancel();
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing to tell the client any more; the descriptor is released either way.
        }
        onClose.run();
    }
}
