package dev.jsupervisor.daemon.server;

import dev.jsupervisor.config.model.InetHttpServerConfig;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;

/** Binds an [inet_http_server]: IPv4 only, SO_REUSEADDR, an empty host meaning every interface. */
final class InetBinder {
    static final int BACKLOG = 1024;

    private InetBinder() {}

    static ServerSocketChannel bind(InetHttpServerConfig config) throws ServerBindException {
        ServerSocketChannel channel = null;
        try {
            channel = ServerSocketChannel.open(StandardProtocolFamily.INET);
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            String host = config.host() == null || config.host().isEmpty() ? "0.0.0.0" : config.host();
            InetSocketAddress address = new InetSocketAddress(host, config.port());
            if (address.isUnresolved()) {
                throw new UnknownHostException(host);
            }
            channel.bind(address, BACKLOG);
            return channel;
        } catch (IOException e) {
            closeQuietly(channel);
            throw BindErrors.of(e);
        }
    }

    static void closeQuietly(java.nio.channels.Channel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // already failing; the bind error is what the user needs
            }
        }
    }

    /** True for the failure the reference reports as "Another program is already listening". */
    static boolean inUse(IOException e) {
        return e instanceof BindException && String.valueOf(e.getMessage()).contains("in use");
    }
}
