package dev.jsupervisor.daemon.server;

import dev.jsupervisor.daemon.http.BodySource;
import dev.jsupervisor.daemon.log.FileFollower;
import java.io.IOException;

/**
 * The body of one /logtail or /mainlogtail response: the followed file's new bytes, one chunk
 * per check, for as long as the client stays. A client that does not read only makes the reads
 * wait (the connection says when it has room), so nothing piles up in memory.
 */
final class FollowedLog implements BodySource {
    /** Bytes read per check and per chunk at most; a busy file is caught up over a few checks. */
    private static final int MAX_PIECE = 64 * 1024;
    private static final int MAX_PIECES_PER_POLL = 16;

    private final FileFollower file;
    private final TailPoller poller;
    private Sink sink;
    private boolean closed;

    FollowedLog(FileFollower file, TailPoller poller) {
        this.file = file;
        this.poller = poller;
    }

    @Override
    public void attach(Sink to) {
        this.sink = to;
        poller.add(this);
        poll();   // the file's last bytes go out with the headers, as the reference's first chunk
    }

    void poll() {
        try {
            for (int i = 0; i < MAX_PIECES_PER_POLL && !closed && sink.hasRoom(); i++) {
                byte[] piece = file.next(MAX_PIECE);
                if (piece.length == 0) {
                    return;
                }
                sink.piece(piece);
            }
        } catch (IOException e) {
            // The reference's producer stops producing when its file fails; the client keeps waiting.
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        poller.remove(this);
        try {
            file.close();
        } catch (IOException e) {
            // a read-only descriptor; nothing is lost
        }
    }
}
