package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.daemon.server.Selectable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The parent's end of one child's stdin (sendProcessStdin). Bytes are written at once as far as
 * the pipe takes them; the rest waits here and goes out when the loop finds the pipe writable
 * again. A broken pipe (the child closed its stdin, or is gone) closes this end for good, and the
 * write that found it reports failure: the reference's EPIPE, NO_FILE on the wire.
 */
final class ChildStdin implements Selectable {
    private final Pipe.SinkChannel sink;
    private final Selector selector;
    private final Deque<ByteBuffer> pending = new ArrayDeque<>();
    private SelectionKey key;
    private boolean broken;

    ChildStdin(Pipe.SinkChannel sink, Selector selector) {
        this.sink = sink;
        this.selector = selector;
    }

    /** False when the pipe is closed or broken; true when written or queued. */
    boolean write(byte[] data) {
        if (broken || !sink.isOpen()) {
            return false;
        }
        pending.add(ByteBuffer.wrap(data.clone()));
        try {
            flush();
            return true;
        } catch (IOException e) {
            breakOff();
            return false;
        }
    }

    @Override
    public void ready(SelectionKey readyKey) {
        try {
            flush();
        } catch (IOException e) {
            breakOff();     // nobody to tell: what was queued is lost, as in the reference
        }
    }

    private void flush() throws IOException {
        while (!pending.isEmpty()) {
            ByteBuffer head = pending.peek();
            sink.write(head);
            if (head.hasRemaining()) {
                watch(SelectionKey.OP_WRITE);
                return;
            }
            pending.poll();
        }
        watch(0);
    }

    private void watch(int ops) throws IOException {
        if (key == null && ops == 0) {
            return;
        }
        if (key == null) {
            key = sink.register(selector, ops, this);
        } else if (key.isValid()) {
            key.interestOps(ops);
        }
    }

    private void breakOff() {
        broken = true;
        pending.clear();
        if (key != null) {
            key.cancel();
        }
        try {
            sink.close();
        } catch (IOException e) {
            // already broken; the descriptor is released either way
        }
    }
}
