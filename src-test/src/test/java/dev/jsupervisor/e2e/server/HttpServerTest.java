package dev.jsupervisor.e2e.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jsupervisor.e2e.dist.Dist;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our daemon's HTTP servers against Debian's Python supervisorctl, compared with the reference. */
class HttpServerTest {
    private static final Path REFERENCE = Path.of("/usr/bin/supervisord");

    @TempDir
    Path tmp;

    private static String normalise(String status) {
        return status.replaceAll("pid \\d+, uptime \\d+:\\d\\d:\\d\\d", "pid <PID>, uptime <UP>");
    }

    @Test
    void supervisorctlSeesTheSameAsWithTheReference() throws Exception {
        assumeTrue(Files.isExecutable(REFERENCE) && Files.isExecutable(Path.of("/usr/bin/supervisorctl")));
        RealDaemon.Result ours;
        RealDaemon.Result theirs;
        try (RealDaemon d = new RealDaemon(Dist.home().resolve("bin/supervisord"), dir("ours"), RealDaemon.freePort())) {
            d.awaitRunning();
            ours = d.ctl("status");
            assertEquals(Long.toString(d.process.pid()), d.ctl("pid").out().strip());
            RealDaemon.Result down = d.ctl("shutdown");
            assertEquals(new RealDaemon.Result(0, "Shut down\n"), down);
            assertTrue(d.process.waitFor(15, TimeUnit.SECONDS));
            assertEquals(0, d.process.exitValue());
            assertFalse(Files.exists(d.dir.resolve("sv.sock")), "socket removed at exit");
        }
        try (RealDaemon d = new RealDaemon(REFERENCE, dir("ref"), RealDaemon.freePort())) {
            d.awaitRunning();
            theirs = d.ctl("status");
        }
        assertEquals(theirs.code(), ours.code());
        assertEquals(normalise(theirs.out()), normalise(ours.out()));
    }

    @Test
    void aSecondDaemonRefusesAndTheFirstKeepsRunning() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/supervisorctl")));
        Path launcher = Dist.home().resolve("bin/supervisord");
        try (RealDaemon d = new RealDaemon(launcher, dir("first"), RealDaemon.freePort())) {
            d.awaitRunning();
            Process second = RealDaemon.start(launcher, d.conf, d.dir.resolve("out2.txt"), d.dir.resolve("err2.txt"));
            assertTrue(second.waitFor(30, TimeUnit.SECONDS));
            assertEquals(2, second.exitValue());
            String err = Files.readString(d.dir.resolve("err2.txt"));
            assertTrue(err.startsWith("Error: Another program is already listening on a port that one of our HTTP "
                    + "servers is configured to use.  Shut this program down first before starting supervisord.\n"
                    + "For help, use "), err);
            assertTrue(d.process.isAlive());
            assertTrue(d.ctl("status").out().contains("RUNNING"));
        }
    }

    @Test
    void authAndAbuseDoNotStopTheDaemon() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/supervisorctl")));
        try (RealDaemon d = new RealDaemon(Dist.home().resolve("bin/supervisord"), dir("abuse"), RealDaemon.freePort())) {
            d.awaitRunning();
            assertTrue(exchange(d.port, "GET /ok.html HTTP/1.0\r\n\r\n").startsWith("HTTP/1.0 401 Unauthorized\r\n"));
            assertTrue(exchange(d.port, "GET /ok.html HTTP/1.0\r\n" + auth() + "\r\n").endsWith("\r\n\r\nOK"));
            exchange(d.port, "\u0000\u0001garbage\r\n\r\n\u00ff");
            exchange(d.port, "GET / HTTP/1.1\r\nX: " + "a".repeat(200_000) + "\r\n\r\n");
            try (Socket slow = new Socket("127.0.0.1", d.port); Socket halfClosed = new Socket("127.0.0.1", d.port)) {
                slow.getOutputStream().write("POST /RPC2 HTTP/1.1\r\nContent-Le".getBytes(StandardCharsets.US_ASCII));
                halfClosed.getOutputStream().write(("GET /ok.html HTTP/1.1\r\n" + auth() + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                halfClosed.shutdownOutput();
                assertTrue(new String(halfClosed.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1)
                        .endsWith("OK"));
                String body = "<?xml version='1.0'?>\n<methodCall>\n<methodName>supervisor.getState</methodName>\n"
                        + "<params>\n</params>\n</methodCall>\n";
                String reply = exchange(d.port, "POST /RPC2 HTTP/1.0\r\n" + auth() + "Content-Length: " + body.length()
                        + "\r\n\r\n" + body);
                assertTrue(reply.contains("<name>statename</name>\n<value><string>RUNNING</string></value>"), reply);
            }
            assertTrue(d.process.isAlive());
        }
    }

    private static String auth() {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString("user:123".getBytes(StandardCharsets.UTF_8))
                + "\r\n";
    }

    /** Sends, half-closes, reads to the end (the server closes HTTP/1.0 and failed requests). */
    private static String exchange(int port, String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            try {
                OutputStream out = s.getOutputStream();
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                s.shutdownOutput();
            } catch (java.net.SocketException refusedEarly) {
                // the server may answer and close before a huge request is all sent: read its answer
            }
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private Path dir(String name) throws Exception {
        return Files.createDirectories(tmp.resolve(name));
    }
}
