package dev.jsupervisor.e2e.fcgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jsupervisor.e2e.dist.Dist;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * [fcgi-program:x] on Debian's supervisord 4.2.5 and on ours, the same config and the same
 * steps: the sockets answer through the pool's processes, survive a restart of one of two
 * processes, are closed with the last process and at shutdown, and the main logs agree.
 */
class FcgiDifferentialTest {
    static final String REFERENCE = "/usr/bin/supervisord";

    @Test
    void poolSocketsBehaveAsTheReference() throws Exception {
        String ours = ourSupervisord();
        List<String> reference;
        try (FcgiTwin twin = new FcgiTwin("reference", REFERENCE, FcgiScenario.CONFIG + FcgiScenario.WEB)) {
            reference = FcgiScenario.run(twin);
        }
        List<String> ourRun;
        try (FcgiTwin twin = new FcgiTwin("ours", ours, FcgiScenario.CONFIG + FcgiScenario.WEB)) {
            ourRun = FcgiScenario.run(twin);
        }
        System.out.println("[fcgi-differential] the reference's run:\n" + String.join("\n", reference));
        assertEquals(String.join("\n", reference), String.join("\n", ourRun));
        assertEquals("tcp clients unanswered during that restart: 0",
                ourRun.stream().filter(l -> l.startsWith("tcp clients unanswered")).findFirst().orElse(""));
    }

    static final String OWNERS = FcgiScenario.HEADER + """
            [fcgi-program:nob]
            command=/usr/bin/python3 ${DIR}/hello.py
            socket=unix://${DIR}/nob.sock
            user=nobody
            startsecs=0
            [fcgi-program:nob2]
            command=/usr/bin/python3 ${DIR}/hello.py
            socket=unix://${DIR}/nob2.sock
            socket_owner=nobody:root
            socket_mode=0666
            startsecs=0
            """;

    /** Run as root: socket_owner defaults to the program's user; an explicit one and socket_mode apply. */
    @Test
    void socketOwnersAsTheReference() throws Exception {
        String ours = ourSupervisord();
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root for user= and socket_owner=");
        List<String> seen = new ArrayList<>();
        for (String program : List.of(REFERENCE, ours)) {
            try (FcgiTwin twin = new FcgiTwin(program.equals(ours) ? "ours" : "reference", program, OWNERS)) {
                twin.awaitRunning(2);
                StringBuilder out = new StringBuilder();
                for (String name : List.of("nob", "nob2")) {
                    Path socket = twin.file(name + ".sock");
                    out.append(name).append(": uid ").append(Files.getAttribute(socket, "unix:uid"))
                            .append(" gid ").append(Files.getAttribute(socket, "unix:gid")).append(' ')
                            .append(java.nio.file.attribute.PosixFilePermissions.toString(
                                    Files.getPosixFilePermissions(socket)))
                            .append(", answers: ").append(FcgiClient.askUnix(socket).startsWith("hello ")).append('\n');
                }
                out.append(twin.ctl("shutdown"));
                seen.add(out.toString());
            }
        }
        assertEquals(seen.get(0), seen.get(1));
        assertTrue(seen.get(1).startsWith("nob: uid 65534 gid 65534 rwx------, answers: true\n"
                + "nob2: uid 65534 gid 0 rw-rw-rw-, answers: true\n"), seen.get(1));
    }

    static final String GROUPED = FcgiScenario.HEADER + """
            [group:g]
            programs=f
            [fcgi-program:f]
            command=/bin/sh -c "readlink /proc/self/fd/0; exec sleep 1000"
            socket=tcp://127.0.0.1:${PORT}
            stdout_logfile=${DIR}/f.out
            startsecs=0
            """;

    /** In 4.2.5 an fcgi-program listed in a [group:x] is a plain program: no socket, a stdin pipe. */
    @Test
    void anFcgiProgramInAGroupIsAPlainProgram() throws Exception {
        String ours = ourSupervisord();
        List<String> seen = new ArrayList<>();
        for (String program : List.of(REFERENCE, ours)) {
            try (FcgiTwin twin = new FcgiTwin(program.equals(ours) ? "ours" : "reference", program, GROUPED)) {
                twin.awaitRunning(1);
                long until = System.currentTimeMillis() + 30_000;
                while (Files.size(twin.file("f.out")) == 0 && System.currentTimeMillis() < until) {
                    Thread.sleep(100);
                }
                String fd0 = Files.readString(twin.file("f.out")).trim().replaceAll("\\[\\d+\\]", "[N]");
                String answer = FcgiClient.askTcp(twin.port);
                String shutdown = twin.ctl("shutdown");
                seen.add("fd 0: " + fd0 + ", tcp: " + answer + "\n" + shutdown + "exited: " + twin.awaitExit(30)
                        + "\n" + FcgiTranscript.of(twin));
            }
        }
        assertEquals(seen.get(0), seen.get(1));
        assertTrue(seen.get(1).startsWith("fd 0: pipe:[N], tcp: refused\n"), seen.get(1));
    }

    static final String BAD_COMMAND = FcgiScenario.HEADER + """
            [fcgi-program:bad]
            command=/nonexistent/program
            socket=tcp://127.0.0.1:${PORT}
            startretries=1
            """;

    /** A spawn error still opens the socket first and closes it after the spawnerr line. */
    @Test
    void aSpawnErrorOpensAndClosesTheSocket() throws Exception {
        String ours = ourSupervisord();
        List<String> seen = new ArrayList<>();
        for (String program : List.of(REFERENCE, ours)) {
            try (FcgiTwin twin = new FcgiTwin(program.equals(ours) ? "ours" : "reference", program, BAD_COMMAND)) {
                long until = System.currentTimeMillis() + 30_000;
                while (!twin.mainLog().contains("gave up: bad") && System.currentTimeMillis() < until) {
                    Thread.sleep(100);
                }
                String status = twin.ctl("status");
                String shutdown = twin.ctl("shutdown");
                seen.add(status + shutdown + "exited: " + twin.awaitExit(30) + "\n" + FcgiTranscript.of(twin));
            }
        }
        assertEquals(seen.get(0), seen.get(1));
    }

    /**
     * Sockets that cannot be created: startup fails after "Creating socket", exit 1, with the
     * same error text (a taken port, a missing directory, a directory in the socket's place, an
     * unknown host, an address of no interface).
     */
    @Test
    void badSocketsEndStartup() throws Exception {
        String ours = ourSupervisord();
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> sockets = List.of("tcp://127.0.0.1:" + busy.getLocalPort(), "unix://${DIR}/missing/u.sock",
                    "unix://${DIR}", "tcp://nosuchhost.invalid:${PORT}", "tcp://192.0.2.1:${PORT}");
            List<String> reference = new ArrayList<>();
            List<String> ourRuns = new ArrayList<>();
            for (String socket : sockets) {
                String config = FcgiScenario.CONFIG + FcgiScenario.WEB.replace("tcp://127.0.0.1:${PORT}", socket);
                for (String program : List.of(REFERENCE, ours)) {
                    boolean isOurs = program.equals(ours);
                    try (FcgiTwin twin = new FcgiTwin(isOurs ? "ours" : "reference", program, config)) {
                        (isOurs ? ourRuns : reference).add(socket + ":\n" + startupFailure(twin, busy.getLocalPort()));
                    }
                }
            }
            System.out.println("[fcgi-differential] the reference's startup failures:\n" + String.join("\n", reference));
            assertEquals(String.join("\n", reference), String.join("\n", ourRuns));
        }
    }

    private static String startupFailure(FcgiTwin twin, int busyPort) throws Exception {
        if (!twin.awaitExit(60)) {
            return twin.name + " did not exit";
        }
        String error = "";
        for (String line : Files.readAllLines(twin.file("daemon.err"))) {
            if (line.contains("Could not create FastCGI socket")) {
                error = line.substring(line.indexOf("Could not create"));   // ValueError: / Error: prefix
            }
        }
        return (twin.normalise("exit " + twin.exitCode() + ", " + error) + "\n" + FcgiTranscript.of(twin))
                .replace(Integer.toString(busyPort), "<BUSY>");
    }

    private static String ourSupervisord() {
        assumeTrue(Files.isExecutable(Path.of(REFERENCE)), "reference supervisord not installed");
        assumeTrue(Files.isExecutable(Path.of(FcgiTwin.PYTHON)), "no /usr/bin/python3");
        return Dist.home().resolve("bin/supervisord").toString();
    }
}
