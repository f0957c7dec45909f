package dev.jsupervisor.daemon.fcgi;

import dev.jsupervisor.config.model.FcgiSocketConfig;
import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.daemon.os.PipeFds;
import java.nio.channels.ServerSocketChannel;
import java.util.function.BiConsumer;

/**
 * One group's socket, counted per holder: the first holder opens it ("Creating socket"), the last
 * one to let go closes it ("Closing socket"). A unix socket's file stays behind when closed, as in
 * the reference; the next opening removes it first.
 */
final class SharedSocket {
    private final FcgiSocketConfig config;
    private final SocketBinder binder;
    private final BiConsumer<LogLevel, String> log;
    private ServerSocketChannel channel;
    private int holders;

    SharedSocket(FcgiSocketConfig config, SocketBinder binder, BiConsumer<LogLevel, String> log) {
        this.config = config;
        this.binder = binder;
        this.log = log;
    }

    String url() {
        return config.url();
    }

    /** One more holder; opens the socket for the first. Returns the fd to hand to a child. */
    int acquire() throws FcgiSocketException {
        if (channel == null) {
            log.accept(LogLevel.INFO, Messages.creating(config.url()));
            channel = binder.bind(config);
        }
        holders++;
        return PipeFds.fdOf(channel);
    }

    /** One holder less; the last one closes the socket. */
    void release() {
        if (holders <= 0) {
            throw new IllegalStateException("socket " + config.url() + " released more often than acquired");
        }
        holders--;
        if (holders == 0) {
            log.accept(LogLevel.INFO, Messages.closing(config.url()));
            SocketBinder.closeQuietly(channel);
            channel = null;
        }
    }

    /** At the end of a daemon run: close without a log line, whoever still holds it. */
    void closeSilently() {
        SocketBinder.closeQuietly(channel);
        channel = null;
        holders = 0;
    }
}
