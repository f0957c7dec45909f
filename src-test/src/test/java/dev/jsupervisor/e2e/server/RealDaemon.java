package dev.jsupervisor.e2e.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A supervisord (ours or the reference) on a temp config with a unix socket and an inet port. */
final class RealDaemon implements AutoCloseable {
    final Path dir;
    final Path conf;
    final int port;
    final Process process;

    RealDaemon(Path launcher, Path dir, int port) throws IOException {
        this.dir = dir;
        this.port = port;
        this.conf = dir.resolve("sv.conf");
        Files.writeString(conf, config(dir, port));
        this.process = start(launcher, conf, dir.resolve("out.txt"), dir.resolve("err.txt"));
    }

    static Process start(Path launcher, Path conf, Path out, Path err) throws IOException {
        return new ProcessBuilder(launcher.toString(), "-n", "-c", conf.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    static String config(Path dir, int port) {
        return "[supervisord]\nlogfile=" + dir + "/sv.log\npidfile=" + dir + "/sv.pid\nchildlogdir=" + dir
                + "\nidentifier=e2e\n[unix_http_server]\nfile=" + dir + "/sv.sock\n"
                + "[inet_http_server]\nport=127.0.0.1:" + port + "\nusername=user\npassword=123\n"
                + "[rpcinterface:supervisor]\n"
                + "supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n"
                + "[supervisorctl]\nserverurl=unix://" + dir + "/sv.sock\n"
                + "[program:cat]\ncommand=/bin/cat\n[program:never]\ncommand=/bin/sleep 100\nautostart=false\n";
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Waits until the program is RUNNING, as supervisorctl sees it. */
    void awaitRunning() throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            if (ctl("status").out().contains("RUNNING")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("never RUNNING: " + Files.readString(dir.resolve("out.txt")));
    }

    record Result(int code, String out) {}

    Result ctl(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/supervisorctl", "-c", conf.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(20, TimeUnit.SECONDS);
        return new Result(p.exitValue(), out);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();   // SIGTERM to this pid only
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
