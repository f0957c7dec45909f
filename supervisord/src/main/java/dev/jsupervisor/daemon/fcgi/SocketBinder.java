package dev.jsupervisor.daemon.fcgi;

import dev.jsupervisor.config.model.FcgiSocketConfig;
import dev.jsupervisor.daemon.os.FileModes;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.function.IntFunction;

/**
 * Creates, binds and listens one fcgi socket as 4.2.5 does: TCP over IPv4 with SO_REUSEADDR; a
 * unix socket after removing whatever has its name, then chown (socket_owner) and chmod
 * (socket_mode), removing the file again if either fails. The backlog is socket_backlog, else
 * Python's SOMAXCONN. Failures carry Python's OSError text.
 */
final class SocketBinder {
    /** socket.SOMAXCONN of the reference's Python on Linux (the kernel caps it further). */
    static final int SOMAXCONN = 4096;

    private final OsErrors errors;

    SocketBinder(IntFunction<String> strerror) {
        this.errors = new OsErrors(strerror);
    }

    ServerSocketChannel bind(FcgiSocketConfig config) throws FcgiSocketException {
        int backlog = config.backlog() == null ? SOMAXCONN : config.backlog();
        if (config instanceof FcgiSocketConfig.Tcp tcp) {
            return bindTcp(tcp, backlog);
        }
        return bindUnix((FcgiSocketConfig.Unix) config, backlog);
    }

    private ServerSocketChannel bindTcp(FcgiSocketConfig.Tcp tcp, int backlog) throws FcgiSocketException {
        InetAddress address = ipv4(tcp.host());
        ServerSocketChannel channel = null;
        try {
            channel = ServerSocketChannel.open(StandardProtocolFamily.INET);
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(new InetSocketAddress(address, tcp.port()), backlog);
            return channel;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new FcgiSocketException(errors.socketError(e));
        }
    }

    /** The host as an AF_INET bind resolves it: the first IPv4 address of the name. */
    private static InetAddress ipv4(String host) throws FcgiSocketException {
        try {
            for (InetAddress candidate : InetAddress.getAllByName(host)) {
                if (candidate instanceof Inet4Address) {
                    return candidate;
                }
            }
        } catch (UnknownHostException e) {
            // reported below, as getaddrinfo's "no such name"
        }
        throw new FcgiSocketException(Messages.UNKNOWN_HOST);
    }

    private ServerSocketChannel bindUnix(FcgiSocketConfig.Unix unix, int backlog) throws FcgiSocketException {
        Path path = Path.of(unix.path());
        removeExisting(path);
        ServerSocketChannel channel = null;
        try {
            channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(path), backlog);
        } catch (IOException e) {
            closeQuietly(channel);
            removeQuietly(path);
            throw new FcgiSocketException(errors.socketError(e));
        }
        try {
            chown(path, unix.owner());
            chmod(path, unix.mode());
            return channel;
        } catch (FcgiSocketException e) {
            closeQuietly(channel);
            removeQuietly(path);
            throw e;
        }
    }

    private void removeExisting(Path path) throws FcgiSocketException {
        try {
            if (Files.exists(path)) {
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    // unlink(2), unlike Files.delete, never removes a directory, even an empty one
                    throw new FcgiSocketException(errors.isADirectory(path.toString()));
                }
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new FcgiSocketException(errors.fileError(e, path.toString()));
        }
    }

    private void chown(Path path, FcgiSocketConfig.Owner owner) throws FcgiSocketException {
        if (owner == null) {
            return;
        }
        try {
            Files.setAttribute(path, "unix:uid", owner.uid());
            if (owner.gid() != -1) {
                Files.setAttribute(path, "unix:gid", owner.gid());
            }
        } catch (IOException e) {
            throw new FcgiSocketException(Messages.chownFailed(errors.fileError(e, path.toString())));
        }
    }

    private void chmod(Path path, int mode) throws FcgiSocketException {
        try {
            Files.setPosixFilePermissions(path, FileModes.permissions(mode));
        } catch (IOException e) {
            throw new FcgiSocketException(Messages.chmodFailed(errors.fileError(e, path.toString())));
        }
    }

    private static void removeQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // already failing; the first error is the one to report
        }
    }

    static void closeQuietly(ServerSocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing useful to add: the socket is going away either way
            }
        }
    }
}
