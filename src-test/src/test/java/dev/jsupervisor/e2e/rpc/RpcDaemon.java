package dev.jsupervisor.e2e.rpc;

import dev.jsupervisor.e2e.dist.Dist;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One supervisord, the reference's or ours, always run as {@code -n -c <temp config>} on a unix
 * socket in its own temp dir, with the programs the control methods are tried on. Closing stops it
 * with SIGTERM (it stops its children) and kills whatever is left after 15 s.
 */
final class RpcDaemon implements AutoCloseable {
    static final Path REFERENCE = Path.of("/usr/bin/supervisord");
    static final Path PYTHON = Path.of("/usr/bin/python3");

    final String name;
    final Path dir;
    final Path conf;
    final Path socket;
    private final Process process;

    private RpcDaemon(String name, Path launcher) throws IOException {
        this.name = name;
        this.dir = Files.createTempDirectory("rpc-e2e-" + name);
        this.conf = dir.resolve("sv.conf");
        this.socket = dir.resolve("sv.sock");
        Files.writeString(conf, config(dir), StandardCharsets.UTF_8);
        this.process = new ProcessBuilder(launcher.toString(), "-n", "-c", conf.toString())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
    }

    static RpcDaemon reference() throws IOException {
        return new RpcDaemon("reference", REFERENCE);
    }

    static RpcDaemon ours() throws IOException {
        return new RpcDaemon("ours", Dist.home().resolve("bin/supervisord"));
    }

    /**
     * Only cat starts by itself. failer fails before startsecs (but not so fast that the reference's
     * reap right after the spawn could catch it, which would make its fault come first), quick exits at once (startsecs=0), nofile and
     * notexec cannot be spawned, closed shuts its stdin, mute shuts its stdout and stderr but reads stdin,
     * stubborn ignores SIGTERM.
     */
    static String config(Path dir) {
        return "[unix_http_server]\nfile=" + dir + "/sv.sock\n"
                + "[supervisord]\nlogfile=" + dir + "/sv.log\npidfile=" + dir + "/sv.pid\nchildlogdir=" + dir + "\n"
                + "loglevel=debug\n"
                + "[rpcinterface:supervisor]\n"
                + "supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n"
                + "[supervisorctl]\nserverurl=unix://" + dir + "/sv.sock\n"
                + "[program:cat]\ncommand=/bin/cat\n"
                + "[program:failer]\ncommand=/bin/sh -c \"sleep 0.2; exit 1\"\nstartretries=1\nautostart=false\n"
                + "[program:quick]\ncommand=/bin/sh -c \"echo hello; exit 0\"\nstartsecs=0\nautorestart=false\n"
                + "autostart=false\n"
                + "[program:manual]\ncommand=/bin/sleep 1000\nautostart=false\n"
                + "[program:nofile]\ncommand=/nonexistent/prog\nautostart=false\n"
                + "[program:notexec]\ncommand=/etc/passwd\nautostart=false\n"
                + "[program:closed]\ncommand=/bin/sh -c \"exec 0<&-; exec sleep 1000\"\nautostart=false\n"
                + "[program:mute]\ncommand=/bin/sh -c \"exec >/dev/null 2>&1; exec cat\"\nautostart=false\n"
                + "[program:stubborn]\ncommand=/bin/sh -c \"trap '' TERM; while true; do sleep 1; done\"\n"
                + "stopwaitsecs=2\nautostart=false\n"
                + "[group:grp]\nprograms=manual,stubborn\n";
    }

    /** Waits until the socket answers and cat is RUNNING. */
    void awaitReady() throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " supervisord exited: " + Files.readString(dir.resolve("err.txt")));
            }
            try {
                if (Files.exists(socket) && RpcScript.run(this, "[\"await\", \"cat\", \"RUNNING\"]").isEmpty()) {
                    return;
                }
            } catch (IOException notYet) {
                // not answering yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError(name + " supervisord never got ready");
    }

    String mainLog() throws IOException {
        return Files.readString(dir.resolve("sv.log"), StandardCharsets.UTF_8);
    }

    /** Stops the daemon, then removes its temp dir (kept when the daemon would not stop). */
    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();      // SIGTERM to the daemon's pid: it stops its children
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return;
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
