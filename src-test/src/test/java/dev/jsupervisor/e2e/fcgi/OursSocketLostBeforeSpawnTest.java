package dev.jsupervisor.e2e.fcgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.e2e.dist.Dist;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * A deliberate difference: when the socket cannot be opened at a spawn (someone took the port
 * after the group was created), 4.2.5 lets the error escape: startProcess answers HTTP 500, and
 * an automatic start kills supervisord. Ours makes it a spawn error (BACKOFF, retried, then
 * FATAL) and stays up.
 */
class OursSocketLostBeforeSpawnTest {
    static final String CONFIG = FcgiScenario.HEADER + """
            [fcgi-program:manual]
            command=/usr/bin/python3 ${DIR}/hello.py
            socket=tcp://127.0.0.1:${PORT}
            autostart=false
            startretries=10
            [program:other]
            command=/bin/sleep 1000
            """;

    @Test
    void aSocketThatCannotBeOpenedIsASpawnError() throws Exception {
        try (FcgiTwin twin = new FcgiTwin("ours", Dist.home().resolve("bin/supervisord").toString(), CONFIG)) {
            twin.awaitRunning(1);
            try (ServerSocket thief = new ServerSocket(twin.port, 1, InetAddress.getLoopbackAddress())) {
                assertEquals("exit 7\nmanual: ERROR (spawn error)\n", twin.ctl("start", "manual"));
                assertTrue(twin.ctl("status", "manual").contains("BACKOFF   Could not create FastCGI socket "
                        + "tcp://127.0.0.1:<PORT>: [Errno 98] Address already in use"));
            }
            twin.awaitRunning(2);   // the next retry finds the port free
            assertEquals("answered", FcgiClient.askTcp(twin.port).startsWith("hello ") ? "answered" : "not answered");
            String log = twin.normalise(twin.mainLog());
            assertTrue(log.contains("INFO Creating socket tcp://127.0.0.1:<PORT>\n")
                    && log.contains(" INFO spawnerr: Could not create FastCGI socket tcp://127.0.0.1:<PORT>: "
                            + "[Errno 98] Address already in use\n"), log);
            assertEquals("exit 0\nShut down\n", twin.ctl("shutdown"));
            assertTrue(twin.awaitExit(30));
        }
    }
}
