package dev.jsupervisor.daemon.fcgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.config.model.FcgiGroupConfig;
import dev.jsupervisor.config.model.FcgiSocketConfig;
import dev.jsupervisor.config.model.LogChannelConfig;
import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.config.model.ProgramGroupConfig;
import dev.jsupervisor.config.value.RestartPolicy;
import dev.jsupervisor.daemon.os.JnrNativeOs;
import dev.jsupervisor.daemon.process.ProcessRecord;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The socket manager with real sockets: reference counting, log lines, errors in 4.2.5's words. */
class FcgiSocketsTest {
    private final List<String> log = new ArrayList<>();
    private final FcgiSockets sockets = new FcgiSockets(new JnrNativeOs()::strerror,
            (level, message) -> log.add(level + " " + message));

    @TempDir
    Path dir;

    @Test
    void creatingAGroupOpensAndClosesItsSocketOnce() throws Exception {
        int port = freePort();
        sockets.groupActivated(tcpGroup("web", port));
        assertEquals(List.of("INFO Creating socket tcp://127.0.0.1:" + port, "INFO Closing socket tcp://127.0.0.1:" + port),
                log);
        assertFalse(accepts(new InetSocketAddress("127.0.0.1", port), StandardProtocolFamily.INET));
    }

    @Test
    void theSocketIsOpenWhileAnyProcessHoldsIt() throws Exception {
        int port = freePort();
        FcgiGroupConfig group = tcpGroup("web", port);
        sockets.groupActivated(group);
        log.clear();
        ProcessRecord first = new ProcessRecord(group.processes().get(0), "web");
        ProcessRecord second = new ProcessRecord(group.processes().get(1), "web");
        OptionalInt fd1 = sockets.acquire(first);
        sockets.spawned(first, 101);
        OptionalInt fd2 = sockets.acquire(second);
        sockets.spawned(second, 102);
        assertEquals(fd1, fd2);
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
        assertTrue(accepts(address, StandardProtocolFamily.INET));
        sockets.reaped(101);
        assertTrue(accepts(address, StandardProtocolFamily.INET));
        sockets.reaped(999);            // not ours: nothing happens
        sockets.reaped(102);
        assertFalse(accepts(address, StandardProtocolFamily.INET));
        assertEquals(List.of("INFO Creating socket tcp://127.0.0.1:" + port, "INFO Closing socket tcp://127.0.0.1:" + port),
                log);
    }

    @Test
    void aFailedSpawnGivesItsSocketBack() throws Exception {
        int port = freePort();
        FcgiGroupConfig group = tcpGroup("web", port);
        sockets.groupActivated(group);
        log.clear();
        ProcessRecord p = new ProcessRecord(group.processes().get(0), "web");
        sockets.acquire(p);
        sockets.spawnFailed(p);
        sockets.spawnFailed(p);         // settling twice changes nothing
        assertEquals(2, log.size());
        assertEquals("INFO Closing socket tcp://127.0.0.1:" + port, log.get(1));
    }

    @Test
    void processesOfOtherGroupsHaveNoSocket() throws Exception {
        ProcessConfig plain = process("plain");
        ProgramGroupConfig group = new ProgramGroupConfig("plain", 999, List.of(plain));
        sockets.groupActivated(group);
        assertEquals(OptionalInt.empty(), sockets.acquire(new ProcessRecord(plain, "plain")));
        assertEquals(List.of(), log);
    }

    @Test
    void aBusyPortIsTheReferencesError() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            FcgiSocketException e = assertThrows(FcgiSocketException.class,
                    () -> sockets.groupActivated(tcpGroup("web", busy.getLocalPort())));
            assertEquals("Could not create FastCGI socket tcp://127.0.0.1:" + busy.getLocalPort()
                    + ": [Errno 98] Address already in use", e.getMessage());
            assertEquals(List.of("INFO Creating socket tcp://127.0.0.1:" + busy.getLocalPort()), log);
        }
    }

    @Test
    void anUnknownHostIsGetaddrinfosError() {
        FcgiSocketException e = assertThrows(FcgiSocketException.class, () -> sockets.groupActivated(
                group("web", new FcgiSocketConfig.Tcp("nosuchhost.invalid", 9, null))));
        assertEquals("Could not create FastCGI socket tcp://nosuchhost.invalid:9: [Errno -2] Name or service not known",
                e.getMessage());
    }

    @Test
    void aUnixSocketGetsItsModeReplacesAnOldFileAndStaysBehindWhenClosed() throws Exception {
        Path path = dir.resolve("u.sock");
        Files.writeString(path, "stale");
        FcgiGroupConfig group = group("u", new FcgiSocketConfig.Unix(path.toString(), null, 0640, null));
        sockets.groupActivated(group);
        ProcessRecord p = new ProcessRecord(group.processes().get(0), "u");
        sockets.acquire(p);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
        assertTrue(accepts(UnixDomainSocketAddress.of(path), StandardProtocolFamily.UNIX));
        sockets.spawnFailed(p);
        assertTrue(Files.exists(path));
        assertFalse(accepts(UnixDomainSocketAddress.of(path), StandardProtocolFamily.UNIX));
    }

    @Test
    void aUnixSocketInAMissingDirectoryIsENOENT() {
        String path = dir.resolve("missing/u.sock").toString();
        FcgiSocketException e = assertThrows(FcgiSocketException.class, () -> sockets.groupActivated(
                group("u", new FcgiSocketConfig.Unix(path, null, 0700, null))));
        assertEquals("Could not create FastCGI socket unix://" + path + ": [Errno 2] No such file or directory",
                e.getMessage());
    }

    @Test
    void aDirectoryInTheSocketsPlaceIsEISDIR() throws Exception {
        Path path = Files.createDirectory(dir.resolve("u.sock"));
        FcgiSocketException e = assertThrows(FcgiSocketException.class, () -> sockets.groupActivated(
                group("u", new FcgiSocketConfig.Unix(path.toString(), null, 0700, null))));
        assertEquals("Could not create FastCGI socket unix://" + path + ": [Errno 21] Is a directory: '" + path + "'",
                e.getMessage());
        assertTrue(Files.isDirectory(path));
    }

    @Test
    void closeAllClosesWhatIsStillHeld() throws Exception {
        int port = freePort();
        FcgiGroupConfig group = tcpGroup("web", port);
        sockets.groupActivated(group);
        ProcessRecord p = new ProcessRecord(group.processes().get(0), "web");
        sockets.acquire(p);
        sockets.spawned(p, 7);
        sockets.closeAll();
        assertFalse(accepts(new InetSocketAddress("127.0.0.1", port), StandardProtocolFamily.INET));
    }

    @Test
    void permissionsAreTheNineModeBits() {
        assertEquals("rwx------", PosixFilePermissions.toString(dev.jsupervisor.daemon.os.FileModes.permissions(0700)));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(dev.jsupervisor.daemon.os.FileModes.permissions(04644)));
    }

    private static boolean accepts(SocketAddress address, StandardProtocolFamily family) {
        try (SocketChannel c = SocketChannel.open(family)) {
            return c.connect(address);
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static FcgiGroupConfig tcpGroup(String name, int port) {
        return group(name, new FcgiSocketConfig.Tcp("127.0.0.1", port, null));
    }

    private static FcgiGroupConfig group(String name, FcgiSocketConfig socket) {
        return new FcgiGroupConfig(name, 999, List.of(process(name + "_0"), process(name + "_1")), socket);
    }

    private static ProcessConfig process(String name) {
        return new ProcessConfig(name, null, "/bin/true", null, null, 999, true, RestartPolicy.UNEXPECTED,
                1, 3, LogChannelConfig.defaults(), LogChannelConfig.defaults(), 15, 10, false, false, List.of(0),
                false, Map.of(), null);
    }
}
