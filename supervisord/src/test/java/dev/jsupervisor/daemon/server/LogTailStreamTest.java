package dev.jsupervisor.daemon.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.config.model.LogChannelConfig;
import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.config.model.ProgramGroupConfig;
import dev.jsupervisor.config.model.UnixHttpServerConfig;
import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.config.value.RestartPolicy;
import dev.jsupervisor.daemon.log.MainLog;
import dev.jsupervisor.daemon.process.Now;
import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.daemon.process.Supervision;
import dev.jsupervisor.daemon.rpc.DaemonControl;
import dev.jsupervisor.daemon.rpc.RpcDispatcher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /logtail over a real unix socket, with this thread playing the event loop: the stream starts
 * with the file's end, carries what is appended, waits for a client that does not read, and
 * ends when the client goes away.
 */
class LogTailStreamTest {
    @TempDir
    Path dir;

    private final Supervision supervision = new Supervision(List.of(new ProgramGroupConfig("talk", 999,
            List.of(new ProcessConfig("talk", null, "/bin/true", null, null, 999, false, RestartPolicy.UNEXPECTED, 1, 3,
                    LogChannelConfig.defaults(), LogChannelConfig.defaults(), 15, 10, false, false, List.of(0), false,
                    Map.of(), null)))), new Now(0, 0));

    /** Only what the log tails look at: the process table and one stdout log file. */
    private final class Daemon implements DaemonControl {
        final MainLog log = new MainLog(LogLevel.INFO, Clock.systemUTC());

        @Override public int pid() { return 1; }
        @Override public String identifier() { return "test"; }
        @Override public Supervision supervision() { return supervision; }
        @Override public MainLog mainLog() { return log; }
        @Override public String mainLogName() { return "none"; }
        @Override public boolean isShuttingDown() { return false; }
        @Override public void requestShutdown() { }
        @Override public Optional<String> logfile(ProcessRecord p, boolean stderr) {
            return stderr ? Optional.empty() : Optional.of(dir.resolve("talk.log").toString());
        }
        // process control is not used by the log tails
        @Override public Now now() { return new Now(0, 0); }
        @Override public void perform(List<dev.jsupervisor.daemon.process.Effect> effects) { }
        @Override public void reap() { }
        @Override public void checkCommand(ProcessRecord p) { }
        @Override public boolean writeStdin(ProcessRecord p, byte[] data) { return false; }
        @Override public void requestRestart() { }
    }

    private Selector selector;
    private HttpServers servers;

    private void loopFor(long millis) throws Exception {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            selector.select(Math.max(1, Math.min(20, servers.tails().millisUntilDue())));
            for (SelectionKey key : selector.selectedKeys()) {
                ((Selectable) key.attachment()).ready(key);
            }
            selector.selectedKeys().clear();
            servers.tails().pollDue();
        }
    }

    private SocketChannel open(String request) throws Exception {
        SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX);
        client.connect(UnixDomainSocketAddress.of(dir.resolve("sv.sock")));
        client.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
        client.configureBlocking(false);
        return client;
    }

    private static String drain(SocketChannel client) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        int n;
        while ((n = client.read(buffer)) > 0) {
            all.write(buffer.array(), 0, n);
            buffer.clear();
        }
        return all.toString(StandardCharsets.ISO_8859_1);
    }

    @AfterEach
    void closeServers() throws Exception {
        if (servers != null) {
            servers.close();
        }
        if (selector != null) {
            selector.close();
        }
    }

    private void start() throws Exception {
        selector = Selector.open();
        Daemon daemon = new Daemon();
        UnixHttpServerConfig unix = new UnixHttpServerConfig("unix_http_server", "unix_http_server",
                dir.resolve("sv.sock").toString(), 0700, -1, -1, null, null);
        servers = HttpServers.open(List.of(unix), selector, RpcDispatcher.forDaemon(daemon), 1,
                new PrintStream(new ByteArrayOutputStream()), daemon.log, daemon);
    }

    @Test
    void streamsTheEndThenAppendsThenStopsWithTheClient() throws Exception {
        Path log = dir.resolve("talk.log");
        Files.writeString(log, "x".repeat(2000) + "END\n");
        start();
        SocketChannel client = open("GET /logtail/talk HTTP/1.1\r\nHost: x\r\n\r\n");
        loopFor(300);
        String first = drain(client);
        assertTrue(first.startsWith("HTTP/1.1 200 OK\r\n"), first);
        assertTrue(first.contains("\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n"), "the last 1024 bytes: " + first);
        assertTrue(first.endsWith("END\n\r\n"), first);
        Files.writeString(log, "more\n", StandardOpenOption.APPEND);
        loopFor(400);
        assertEquals("5\r\nmore\n\r\n", drain(client));
        client.close();
        loopFor(100);
        assertEquals(Long.MAX_VALUE, servers.tails().millisUntilDue(), "the stream ended with its client");
    }

    @Test
    void aClientThatReadsLateStillGetsEveryByte() throws Exception {
        Path log = dir.resolve("talk.log");
        Files.writeString(log, "");
        start();
        SocketChannel client = open("GET /logtail/talk HTTP/1.1\r\nHost: x\r\n\r\n");
        loopFor(100);
        byte[] mib = "q".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 8; i++) {
            Files.write(log, mib, StandardOpenOption.APPEND);
        }
        loopFor(500);
        long received = 0;
        long until = System.currentTimeMillis() + 10_000;
        while (received < 8L << 20 && System.currentTimeMillis() < until) {
            received += drain(client).chars().filter(c -> c == 'q').count();
            loopFor(20);
        }
        assertEquals(8L << 20, received, "every byte arrives once the client reads");
        client.close();
    }

    @Test
    void unknownNamesAndChannelsAre404() throws Exception {
        Files.writeString(dir.resolve("talk.log"), "");
        start();
        for (String path : List.of("/logtail/nosuch", "/logtail/talk/bogus", "/logtail/talk/stderr",
                "/logtail/talk:", "/mainlogtail")) {
            SocketChannel client = open("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
            loopFor(100);
            String answer = drain(client);
            assertTrue(answer.startsWith("HTTP/1.1 404 Not Found\r\n"), path + ": " + answer);
            client.close();
        }
    }
}
