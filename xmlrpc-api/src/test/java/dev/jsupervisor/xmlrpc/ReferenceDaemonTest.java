package dev.jsupervisor.xmlrpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The client against Debian's real supervisord 4.2.5 (skipped when absent), started with -c on a
 * temporary config (never the system one) with a unix socket and an authenticated 127.0.0.1 port.
 * Also checks that our writer re-marshals each reference response to the very same bytes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceDaemonTest {
    private static final Path SUPERVISORD = Path.of("/usr/bin/supervisord");
    private static final XmlRpcLimits LIMITS = XmlRpcLimits.ofMaxBytes(1 << 24);

    private Path dir;
    private Process daemon;
    private ServerUrl unix;
    private ServerUrl inet;

    @BeforeAll
    void startDaemon() throws Exception {
        assumeTrue(Files.isExecutable(SUPERVISORD), "no reference supervisord");
        dir = Files.createTempDirectory("x1ref");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path conf = Files.writeString(dir.resolve("supervisord.conf"), String.join("\n",
                "[unix_http_server]", "file=" + dir.resolve("s.sock"),
                "[inet_http_server]", "port=127.0.0.1:" + port, "username=user", "password=123",
                "[supervisord]", "logfile=" + dir.resolve("main.log"), "pidfile=" + dir.resolve("sd.pid"),
                "childlogdir=" + dir, "loglevel=debug",
                "[rpcinterface:supervisor]",
                "supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface",
                "[program:cat]", "command=/bin/cat", ""));
        daemon = new ProcessBuilder(SUPERVISORD.toString(), "-n", "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        unix = ServerUrl.parse("unix://" + dir.resolve("s.sock"));
        inet = ServerUrl.parse("http://127.0.0.1:" + port);
        awaitRunning();
    }

    private void awaitRunning() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            try (XmlRpcClient c = new XmlRpcClient(unix, null, null, 1 << 20)) {
                Object info = c.call("supervisor.getProcessInfo", "cat");
                if (((Map<?, ?>) info).get("statename").equals("RUNNING")) {
                    return;
                }
            } catch (TransportException e) {
                if (!daemon.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException(Files.readString(dir.resolve("out.txt")), e);
                }
            }
            Thread.sleep(100);
        }
    }

    @AfterAll
    void stopDaemon() throws Exception {
        if (daemon == null) {
            return;
        }
        try (XmlRpcClient c = new XmlRpcClient(unix, null, null, 1 << 20)) {
            assertEquals(true, c.call("supervisor.shutdown"));
            daemon.waitFor(15, TimeUnit.SECONDS);
        } finally {
            if (daemon.isAlive()) {
                daemon.destroy(); // SIGTERM: supervisord still stops its children
                if (!daemon.waitFor(10, TimeUnit.SECONDS)) {
                    daemon.destroyForcibly();
                }
            }
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void callsOverTheUnixSocketShareOneConnection() throws Exception {
        try (XmlRpcClient c = new XmlRpcClient(unix, null, null, 1 << 20)) {
            assertEquals("3.0", c.call("supervisor.getVersion"));
            assertEquals(Map.of("statecode", 1, "statename", "RUNNING"), c.call("supervisor.getState"));
            List<?> infos = (List<?>) c.call("supervisor.getAllProcessInfo");
            Map<?, ?> cat = (Map<?, ?>) infos.get(0);
            assertEquals("cat", cat.get("name"));
            assertTrue(cat.get("pid") instanceof Integer && cat.get("start") instanceof Integer, cat.toString());
            List<?> methods = (List<?>) c.call("system.listMethods");
            assertEquals(41, methods.size());
            FaultException f = assertThrows(FaultException.class, () -> c.call("supervisor.getProcessInfo", "nosuch"));
            assertEquals(10, f.code());
            assertEquals("BAD_NAME: nosuch", f.faultString());
            assertEquals(1, assertThrows(FaultException.class, () -> c.call("supervisor.nosuch")).code());
            assertEquals(2, assertThrows(FaultException.class, () -> c.call("supervisor.getState", 1)).code());
        }
    }

    @Test
    void inetPortRequiresBasicAuth() throws Exception {
        try (XmlRpcClient c = new XmlRpcClient(inet, "user", "123", 1 << 20)) {
            assertEquals("4.2.5", c.call("supervisor.getSupervisorVersion"));
        }
        for (String password : new String[] {null, "wrong"}) {
            try (XmlRpcClient c = new XmlRpcClient(inet, "user", password, 1 << 20)) {
                HttpStatusException e = assertThrows(HttpStatusException.class, () -> c.call("supervisor.getVersion"));
                assertEquals("<ProtocolError for 127.0.0.1/RPC2: 401 Unauthorized>", e.getMessage());
            }
        }
    }

    @Test
    void writerReproducesTheReferencesResponsesByteForByte() throws Exception {
        String[][] calls = {
            {"supervisor.getState"}, {"supervisor.getAllProcessInfo"}, {"supervisor.getAllConfigInfo"},
            {"system.listMethods"}, {"system.methodHelp", "supervisor.startProcess"},
            {"system.methodSignature", "supervisor.readLog"}, {"supervisor.getProcessInfo", "no<such>&\"é€😀"},
            {"supervisor.tailProcessStdoutLog", "cat", "0", "100"}, {"supervisor.reloadConfig"},
        };
        for (String[] call : calls) {
            List<Object> params = new java.util.ArrayList<>(List.of((Object[]) call).subList(1, call.length));
            if (call[0].startsWith("supervisor.tail")) {
                params.set(1, 0);
                params.set(2, 100);
            }
            byte[] body = rawCall(call[0], params);
            MethodResponse r = XmlRpcParser.parseResponse(body, LIMITS);
            String ours = r.isFault() ? XmlRpcWriter.fault(r.faultCode(), r.faultString()) : XmlRpcWriter.methodResponse(r.value());
            assertEquals(new String(body, StandardCharsets.UTF_8), ours, call[0]);
        }
    }

    @Test
    void logTailsStreamAndMissingOnes404() throws Exception {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try (LogTailClient tail = new LogTailClient(inet, "user", "123")) {
            tail.stream("/mainlogtail", bytes -> {
                got.writeBytes(bytes);
                if (got.toString(StandardCharsets.UTF_8).contains("success: cat")) {
                    tail.close(); // what Ctrl-C does in tail -f
                }
            });
        }
        assertTrue(got.toString(StandardCharsets.UTF_8).contains("success: cat entered RUNNING state"), got.toString());
        try (LogTailClient tail = new LogTailClient(unix, null, null)) {
            assertEquals(404, assertThrows(HttpStatusException.class, () -> tail.stream("/logtail/nosuch", b -> { })).status());
        }
        try (LogTailClient tail = new LogTailClient(inet, "user", null)) {
            assertEquals(401, assertThrows(HttpStatusException.class, () -> tail.stream("/mainlogtail", b -> { })).status());
        }
    }

    /** One request on its own connection, returning the reference's exact body bytes. */
    private byte[] rawCall(String method, List<Object> params) throws Exception {
        byte[] body = XmlRpcWriter.utf8(XmlRpcWriter.methodCall(method, params));
        try (HttpConnection c = HttpConnection.open(unix)) {
            c.send(RequestHeaders.rpcPost(unix, null, body.length));
            c.send(body);
            HttpReader reader = new HttpReader(c.in);
            HttpResponseHead head = reader.readHead();
            assertEquals(200, head.status());
            assertEquals("text/xml", head.header("content-type"));
            return reader.readBody(head, 1 << 24);
        }
    }
}
