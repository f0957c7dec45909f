package dev.jsupervisor.ctl;

import dev.jsupervisor.xmlrpc.LogTailClient;
import dev.jsupervisor.xmlrpc.ServerUrl;
import dev.jsupervisor.xmlrpc.TransportException;

/**
 * fg's two log streams (/logtail/NAME/stdout and /stderr), each on its own daemon thread,
 * written to our output as they arrive. Stream failures end that stream silently: the
 * reference's streaming thread prints nothing either. Closing ends both.
 */
final class ForegroundStreams implements AutoCloseable {
    private final LogTailClient out;
    private final LogTailClient err;

    private ForegroundStreams(LogTailClient out, LogTailClient err) {
        this.out = out;
        this.err = err;
    }

    static ForegroundStreams start(Controller ctl, String name) {
        ServerUrl url = ServerUrl.parse(ctl.serverUrl());
        ForegroundStreams streams = new ForegroundStreams(new LogTailClient(url, ctl.username(), ctl.password()),
                new LogTailClient(url, ctl.username(), ctl.password()));
        streams.follow(ctl, streams.out, "/logtail/" + name + "/stdout");
        streams.follow(ctl, streams.err, "/logtail/" + name + "/stderr");
        return streams;
    }

    private void follow(Controller ctl, LogTailClient client, String path) {
        Thread thread = new Thread(() -> {
            try {
                client.stream(path, ctl::write);
            } catch (TransportException | RuntimeException e) {
                // the stream ends; fg goes on forwarding input until it is left
            }
        }, "fg " + path);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        out.close();
        err.close();
    }
}
