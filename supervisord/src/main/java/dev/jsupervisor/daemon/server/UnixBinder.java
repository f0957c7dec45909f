package dev.jsupervisor.daemon.server;

import dev.jsupervisor.config.model.UnixHttpServerConfig;
import dev.jsupervisor.daemon.os.FileModes;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Binds a [unix_http_server] the way the reference does, so that a running daemon's socket is
 * never replaced: bind a private name ({@code <file>.<pid>}), set its mode, then hard-link it to
 * the public name, which fails if that name exists. An existing name that accepts a connection
 * belongs to a live server (refuse); one that does not is stale (say so, remove, retry).
 */
final class UnixBinder {
    private static final long STALE_RETRY_MILLIS = 300;

    private UnixBinder() {}

    static ServerSocketChannel bind(UnixHttpServerConfig config, int pid, PrintStream stderr)
            throws ServerBindException {
        Path file = Path.of(config.file());
        Path temp = Path.of(config.file() + "." + pid);
        ServerSocketChannel channel = null;
        try {
            Files.deleteIfExists(temp);
            channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(temp), InetBinder.BACKLOG);
            Files.setPosixFilePermissions(temp, FileModes.permissions(config.chmod()));
            linkOrClearStale(temp, file, stderr);
            chown(file, config);
            return channel;
        } catch (IOException e) {
            InetBinder.closeQuietly(channel);
            throw BindErrors.of(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void linkOrClearStale(Path temp, Path file, PrintStream stderr)
            throws IOException, ServerBindException {
        while (true) {
            try {
                Files.createLink(file, temp);
                return;
            } catch (FileAlreadyExistsException e) {
                if (answers(file)) {
                    throw new ServerBindException(Messages.ADDRESS_IN_USE);
                }
                stderr.println(Messages.unlinkingStale(file.toString()));
                stderr.flush();
                Files.deleteIfExists(file);
                sleepBeforeRetry();
            }
        }
    }

    /** Whether something listens on {@code file}: a connect that succeeds is enough. */
    static boolean answers(Path file) {
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return probe.connect(UnixDomainSocketAddress.of(file));
        } catch (IOException e) {
            return false;
        }
    }

    private static void chown(Path file, UnixHttpServerConfig config) throws IOException {
        if (config.chownUid() != UnixHttpServerConfig.DEFAULT_CHOWN) {
            Files.setAttribute(file, "unix:uid", config.chownUid());
        }
        if (config.chownGid() != UnixHttpServerConfig.DEFAULT_CHOWN) {
            Files.setAttribute(file, "unix:gid", config.chownGid());
        }
    }

    private static void sleepBeforeRetry() {
        try {
            Thread.sleep(STALE_RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the temp name is ours; a leftover one is removed at the next start
        }
    }
}
