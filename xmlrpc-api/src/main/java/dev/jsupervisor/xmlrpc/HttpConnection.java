package dev.jsupervisor.xmlrpc;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;

/**
 * One client socket to the server: a unix-domain or TCP SocketChannel with blocking streams.
 * No read timeout, like supervisorctl: deferred calls (startProcess with wait) answer only when
 * done. Another thread may {@link #close()} it to abort a blocked read.
 */
final class HttpConnection implements Closeable {
    private static final int BUFFER = 16 * 1024;

    private final SocketChannel channel;
    final InputStream in;
    final OutputStream out;

    private HttpConnection(SocketChannel channel) {
        this.channel = channel;
        this.in = new BufferedInputStream(Channels.newInputStream(channel), BUFFER);
        this.out = Channels.newOutputStream(channel);
    }

    static HttpConnection open(ServerUrl url) throws TransportException {
        return new HttpConnection(url.isUnix() ? unix(url.socketPath()) : tcp(url.host(), url.port()));
    }

    private static SocketChannel unix(String path) throws TransportException {
        try {
            return SocketChannel.open(UnixDomainSocketAddress.of(path));
        } catch (IOException | RuntimeException e) {
            throw classify(e);
        }
    }

    /** Tries every address the name resolves to, in order, as Python's create_connection does. */
    private static SocketChannel tcp(String host, int port) throws TransportException {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new TransportException(TransportException.Kind.UNKNOWN_HOST, Messages.UNKNOWN_HOST, e);
        }
        TransportException last = null;
        for (InetAddress address : addresses) {
            try {
                return SocketChannel.open(new InetSocketAddress(address, port));
            } catch (IOException e) {
                last = classify(e);
            }
        }
        throw last;
    }

    /** Maps the JDK's connect failures onto the errno names supervisorctl reacts to. */
    private static TransportException classify(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (e instanceof ConnectException) {
            return new TransportException(TransportException.Kind.CONNECTION_REFUSED, Messages.REFUSED, e);
        }
        if (message.contains(Messages.NO_SUCH_FILE)) {
            return new TransportException(TransportException.Kind.NO_SUCH_FILE, Messages.NO_SUCH_FILE, e);
        }
        return new TransportException(TransportException.Kind.IO, message, e);
    }

    void send(byte[] request) throws IOException {
        out.write(request);
        out.flush();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a socket we no longer use: nothing to report
        }
    }
}
