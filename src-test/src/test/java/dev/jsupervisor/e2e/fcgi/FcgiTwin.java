package dev.jsupervisor.e2e.fcgi;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One supervisord (the reference's or ours) in a temp dir of its own, always started as
 * {@code supervisord -n -c <dir>/sv.conf}, with its own free TCP port for the fcgi socket.
 * {@code ${DIR}} and {@code ${PORT}} in config templates stand for those. Closing stops the
 * daemon, kills any child left over and removes the dir.
 */
final class FcgiTwin implements AutoCloseable {
    static final String PYTHON = "/usr/bin/python3";
    static final String CTL = "/usr/bin/supervisorctl";

    /** Accepts on fd 0 (the socket supervisord passes) and answers "hello <pid>". */
    static final String HELLO = """
            import os, socket
            listener = socket.socket(fileno=0)
            while True:
                conn, _ = listener.accept()
                conn.sendall(("hello %d\\n" % os.getpid()).encode())
                conn.close()
            """;

    final String name;
    final Path dir;
    final int port;
    private final Process process;
    private Set<ProcessHandle> children = Set.of();

    FcgiTwin(String name, String program, String configTemplate) throws IOException {
        this.name = name;
        this.dir = Files.createTempDirectory("fcgi-" + name);
        // Programs with user=nobody must reach hello.py.
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        this.port = freePort();
        Files.writeString(dir.resolve("hello.py"), HELLO, StandardCharsets.UTF_8);
        writeConfig(configTemplate);
        this.process = new ProcessBuilder(program, "-n", "-c", conf().toString()).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(dir.resolve("daemon.out").toFile())
                .redirectError(dir.resolve("daemon.err").toFile()).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    Path conf() {
        return dir.resolve("sv.conf");
    }

    Path file(String file) {
        return dir.resolve(file);
    }

    void writeConfig(String template) throws IOException {
        Files.writeString(conf(), template.replace("${DIR}", dir.toString()).replace("${PORT}", Integer.toString(port)),
                StandardCharsets.UTF_8);
    }

    String mainLog() throws IOException {
        Path log = file("sv.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The daemon's exit code (it must have exited). */
    int exitCode() {
        return process.exitValue();
    }

    boolean awaitExit(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    /** Debian's supervisorctl on this daemon: "exit N" and its output, with dir and port normalised. */
    String ctl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(CTL, "-c", conf().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("supervisorctl timed out: " + command);
        }
        return normalise("exit " + p.exitValue() + "\n" + out);
    }

    /** supervisor.sendProcessStdin through Python's xmlrpc.client: the answer or the fault. */
    String sendStdin(String namespec) throws Exception {
        String script = String.join("\n",
                "import http.client, socket, sys, xmlrpc.client",
                "class Unix(http.client.HTTPConnection):",
                "    def connect(self):",
                "        self.sock = socket.socket(socket.AF_UNIX)",
                "        self.sock.connect(sys.argv[1])",
                "class Transport(xmlrpc.client.Transport):",
                "    def make_connection(self, host):",
                "        return Unix('localhost')",
                "proxy = xmlrpc.client.ServerProxy('http://localhost', transport=Transport())",
                "try:",
                "    print(proxy.supervisor.sendProcessStdin(sys.argv[2], 'x'))",
                "except xmlrpc.client.Fault as f:",
                "    print(f)");
        Process p = new ProcessBuilder(PYTHON, "-c", script, file("sv.sock").toString(), namespec)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** SIGHUP; returns once the daemon has started again (its third start in the scenario's log). */
    void hangUp() throws Exception {
        int startsBefore = starts();
        new ProcessBuilder("kill", "-HUP", Long.toString(process.pid())).start().waitFor(10, TimeUnit.SECONDS);
        long until = System.currentTimeMillis() + 60_000;
        while (starts() == startsBefore) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError(name + " did not restart after SIGHUP:\n" + mainLog());
            }
            Thread.sleep(100);
        }
    }

    private int starts() throws IOException {
        return mainLog().split("supervisord started with pid", -1).length - 1;
    }

    /** Waits until {@code supervisorctl status} shows {@code running} processes RUNNING. */
    void awaitRunning(int running) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        String status = "";
        while (System.currentTimeMillis() < until) {
            if (!process.isAlive() && !status.isEmpty()) {
                throw new AssertionError(name + " supervisord exited: " + Files.readString(file("daemon.err")));
            }
            status = ctl("status");
            if (status.split("RUNNING", -1).length - 1 == running) {
                children = process.descendants().collect(Collectors.toSet());
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + ": never " + running + " RUNNING:\n" + status + "\n" + mainLog());
    }

    /** The pid supervisorctl reports for a process. */
    int pid(String namespec) throws Exception {
        return Integer.parseInt(ctl("pid", namespec).split("\n")[1].trim());
    }

    String normalise(String text) {
        return text.replace(dir.toString(), "<DIR>").replace(Integer.toString(port), "<PORT>")
                .replaceAll("pid \\d+", "pid <PID>").replaceAll("uptime \\d+:\\d\\d:\\d\\d", "uptime <UP>");
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            children = process.descendants().collect(Collectors.toSet());
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        for (ProcessHandle child : children) {
            child.destroyForcibly();
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
