package dev.jsupervisor.e2e.ctl;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The reference supervisord (always with -n -c and a temp config) running the programs of the
 * spec's Appendix A on a unix socket in its own temp dir, plus an inet port with credentials.
 * Closing kills it and its children by pid.
 */
final class CtlDaemon implements AutoCloseable {
    static final String REFERENCE = "/usr/bin/supervisord";

    final Path dir;
    final Path conf;
    final int port;
    private final Process process;

    CtlDaemon(String extraPrograms) throws IOException {
        this.dir = Files.createTempDirectory("ctl-e2e");
        this.conf = dir.resolve("sv.conf");
        this.port = freePort();
        Files.writeString(conf, config(dir, port) + extraPrograms, StandardCharsets.UTF_8);
        this.process = new ProcessBuilder(REFERENCE, "-n", "-c", conf.toString())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
    }

    static String config(Path dir, int port) {
        return "[unix_http_server]\nfile=" + dir + "/sv.sock\n"
                + "[inet_http_server]\nport=127.0.0.1:" + port + "\nusername=user\npassword=123\n"
                + "[supervisord]\nlogfile=" + dir + "/sv.log\npidfile=" + dir + "/sv.pid\nchildlogdir=" + dir + "\n"
                + "[rpcinterface:supervisor]\n"
                + "supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n"
                + "[supervisorctl]\nserverurl=unix://" + dir + "/sv.sock\n"
                + "[program:cat]\ncommand=/bin/cat\n"
                + "[program:sleeper]\ncommand=/bin/sleep 1000\nnumprocs=2\n"
                + "process_name=%(program_name)s_%(process_num)02d\n"
                + "[program:failer]\ncommand=/bin/false\nstartretries=2\n"
                + "[program:quick]\ncommand=/bin/sh -c \"echo hello; echo oops >&2; exit 0\"\nstartsecs=0\n"
                + "autorestart=false\n"
                + "[program:manual]\ncommand=/bin/sleep 1000\nautostart=false\n"
                + "[program:nofile]\ncommand=/nonexistent/prog\nautostart=false\n"
                + "[program:stubborn]\ncommand=/bin/sh -c \"trap '' TERM; while true; do sleep 1; done\"\n"
                + "stopwaitsecs=2\nautostart=false\n"
                + "[group:grp]\nprograms=manual,stubborn\n";
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Waits until start-up has settled: failer gave up (FATAL) and quick has exited. */
    void awaitSettled() throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            String status = CtlRun.reference(conf, "status").stdout();
            if (status.contains("FATAL") && status.contains("EXITED") && !status.contains("STARTING")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("reference daemon never settled: " + Files.readString(dir.resolve("sv.log")));
    }

    /**
     * Waits until no process is STARTING or BACKOFF (e.g. failer's retries have ended in FATAL), so
     * that two daemons driven by the same commands are compared in the same state, however busy
     * the machine is.
     */
    void awaitNoneInTransit() throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            String status = CtlRun.reference(conf, "status").stdout();
            if (!status.contains("STARTING") && !status.contains("BACKOFF")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("processes still starting after 60 s: " + CtlRun.reference(conf, "status").stdout());
    }

    /** Waits until the daemon answers again (after reload). */
    void awaitAnswering() throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            if (CtlRun.reference(conf, "version").exitCode() == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("reference daemon does not answer");
    }

    void awaitExit() throws InterruptedException {
        process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        ProcessHandle handle = process.toHandle();
        if (process.isAlive()) {
            process.destroy(); // SIGTERM to this pid: supervisord stops its children
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                handle.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }
}
