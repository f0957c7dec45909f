package dev.jsupervisor.e2e.shell;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The reference supervisord (always -n -c with a config in its own temp dir) for the shell
 * suites: a unix socket both clients use, an inet port with credentials for the login tests,
 * and programs for completion and fg (echoer answers every stdin line on stdout and stderr).
 * Closing stops it and its children by pid.
 */
final class ShellDaemon implements AutoCloseable {
    static final String REFERENCE = "/usr/bin/supervisord";

    final Path dir;
    final Path conf;
    /** A client config for the inet port without credentials (the server answers 401). */
    final Path inetConf;
    final int port;
    private final Process process;

    ShellDaemon() throws IOException {
        dir = Files.createTempDirectory("shell-e2e");
        conf = dir.resolve("sv.conf");
        inetConf = dir.resolve("inet.conf");
        port = freePort();
        Files.writeString(conf, config(), StandardCharsets.UTF_8);
        Files.writeString(inetConf, "[supervisorctl]\nserverurl=http://127.0.0.1:" + port + "\n", StandardCharsets.UTF_8);
        process = new ProcessBuilder(REFERENCE, "-n", "-c", conf.toString())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
    }

    private String config() {
        return "[unix_http_server]\nfile=" + dir + "/sv.sock\n"
                + "[inet_http_server]\nport=127.0.0.1:" + port + "\nusername=user\npassword=123\n"
                + "[supervisord]\nlogfile=" + dir + "/sv.log\npidfile=" + dir + "/sv.pid\nchildlogdir=" + dir + "\n"
                + "[rpcinterface:supervisor]\n"
                + "supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n"
                + "[supervisorctl]\nserverurl=unix://" + dir + "/sv.sock\nhistory_file=%(here)s/history\n"
                + "[program:cat]\ncommand=/bin/cat\n"
                + "[program:echoer]\ncommand=/bin/sh -c 'while read l; do echo \"got $l\"; echo \"err $l\" >&2; done'\n"
                + "[program:sleeper]\ncommand=/bin/sleep 1000\nnumprocs=2\n"
                + "process_name=%(program_name)s_%(process_num)02d\n"
                + "[program:quick]\ncommand=/bin/sh -c \"echo hello; exit 0\"\nstartsecs=0\nautorestart=false\n"
                + "[program:manual]\ncommand=/bin/sleep 1000\nautostart=false\n"
                + "[group:grp]\nprograms=manual\n";
    }

    Path history() {
        return dir.resolve("history");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Waits until every autostarted program runs and quick has exited. */
    void awaitSettled() throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            String status = ShellRun.run(ShellRun.REFERENCE, "", "-c", conf.toString(), "status").stdout();
            if (status.contains("EXITED") && !status.contains("STARTING") && status.contains("echoer ")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("reference daemon never settled: " + Files.readString(dir.resolve("sv.log")));
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy(); // SIGTERM to this pid: supervisord stops its children
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
