package dev.jsupervisor.e2e.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.e2e.pairs.Impl;
import dev.jsupervisor.e2e.pairs.PairDaemon;
import java.nio.charset.StandardCharsets;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Clients that misbehave at the connection level, on the TCP port and on the unix socket:
 * pipelining, one byte per 100 ms, half-closing, hundreds at once, never reading. One event loop
 * serves them all; after each, our daemon answers getState at once and has no more threads.
 */
class ConnectionAbuseTest {
    private static PairDaemon ours;
    private static Health health;

    @BeforeAll
    static void setUp() throws Exception {
        ours = PairDaemon.start(Impl.OURS, "[program:cat]\ncommand=/bin/cat\n");
        health = new Health(ours);
    }

    @AfterAll
    static void tearDown() {
        if (ours != null) {
            ours.close();
        }
    }

    private static byte[] getState11() {
        return RawHttp.post("HTTP/1.1", RawHttp.GET_STATE.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] times(byte[] one, int n) {
        byte[] all = new byte[one.length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(one, 0, all, i * one.length, one.length);
        }
        return all;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @ParameterizedTest(name = "unix={0}")
    @ValueSource(booleans = {false, true})
    void pipelinedRequestsAreAnsweredInOrder(boolean unix) throws Exception {
        String reply = RawHttp.exchange(ours, unix, times(getState11(), 5));
        assertEquals(5, count(reply, "HTTP/1.1 200 OK\r\n"), reply);
        assertEquals(5, count(reply, "<string>RUNNING</string>"), reply);
        health.check("pipelining");
    }

    @ParameterizedTest(name = "unix={0}")
    @ValueSource(booleans = {false, true})
    void aSlowClientDoesNotHoldUpOthers(boolean unix) throws Exception {
        byte[] request = getState11();
        try (SocketChannel slow = RawHttp.open(ours, unix)) {
            for (int i = 0; i < 20; i++) {                      // 2 s of one byte per 100 ms
                RawHttp.write(slow, new byte[] {request[i]});
                if (i == 10) {
                    health.check("a slow client in the middle of its request line");
                }
                Thread.sleep(100);
            }
            RawHttp.write(slow, Arrays.copyOfRange(request, 20, request.length));
            slow.shutdownOutput();
            assertTrue(RawHttp.readToEnd(slow, 10_000).contains("<string>RUNNING</string>"));
        }
        health.check("slow client");
    }

    @ParameterizedTest(name = "unix={0}")
    @ValueSource(booleans = {false, true})
    void halfClosedSocketsAreAnsweredOrDropped(boolean unix) throws Exception {
        assertTrue(RawHttp.exchange(ours, unix, getState11()).contains("<string>RUNNING</string>"));
        assertEquals("", RawHttp.exchange(ours, unix, new byte[0]));                // nothing sent
        assertEquals("", RawHttp.exchange(ours, unix, Arrays.copyOf(getState11(), 40)));  // cut in the head
        health.check("half-closed sockets");
    }

    @ParameterizedTest(name = "unix={0}")
    @ValueSource(booleans = {false, true})
    void manyConcurrentConnections(boolean unix) throws Exception {
        List<SocketChannel> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                idle.add(RawHttp.open(ours, unix));
            }
            health.check("300 idle connections");
            for (SocketChannel c : idle) {
                RawHttp.write(c, getState11());
                c.shutdownOutput();
            }
            for (SocketChannel c : idle) {
                assertTrue(RawHttp.readToEnd(c, 10_000).contains("<string>RUNNING</string>"));
            }
        } finally {
            idle.forEach(RawHttp::closeQuietly);
        }
        health.check("300 connections at once");
    }

    @ParameterizedTest(name = "unix={0}")
    @ValueSource(booleans = {false, true})
    void clientsThatNeverReadOnlyStallThemselves(boolean unix) throws Exception {
        byte[] many = times(getState11(), 2000);
        List<SocketChannel> greedy = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                SocketChannel c = RawHttp.open(ours, unix);
                c.configureBlocking(false);            // write what fits, never read
                c.write(java.nio.ByteBuffer.wrap(many));
                greedy.add(c);
            }
            Thread.sleep(300);
            health.check("clients that never read");
        } finally {
            greedy.forEach(RawHttp::closeQuietly);
        }
        Thread.sleep(200);
        health.check("clients that never read, closed");
    }
}
