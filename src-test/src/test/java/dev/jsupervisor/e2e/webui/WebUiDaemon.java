package dev.jsupervisor.e2e.webui;

import dev.jsupervisor.e2e.dist.Dist;
import dev.jsupervisor.xmlrpc.XmlRpcClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Our supervisord from the distribution, in the foreground on a temp config with an inet HTTP
 * server: "web" prints markup to its log and runs, "grp:worker" waits to be started.
 */
final class WebUiDaemon implements AutoCloseable {
    final Path dir;
    final int port;
    private final Process process;
    private final XmlRpcClient rpc;

    /** Ours, from the distribution. */
    WebUiDaemon(Path dir) throws IOException {
        this(dir, Dist.home().resolve("bin/supervisord"), "out <b>&amp;");
    }

    /** @param output the line "web" prints (single quotes are not allowed in it) */
    WebUiDaemon(Path dir, Path launcher, String output) throws IOException {
        this.dir = dir;
        this.port = freePort();
        Path conf = dir.resolve("sv.conf");
        Files.writeString(conf, "[supervisord]\nlogfile=" + dir + "/sv.log\npidfile=" + dir + "/sv.pid\n"
                + "childlogdir=" + dir + "\n[inet_http_server]\nport=127.0.0.1:" + port + "\n"
                + "[program:web]\ncommand=/bin/sh -c 'echo \"" + output + "\"; exec /bin/sleep 1000'\nstartsecs=0\n"
                + "stdout_logfile=" + dir + "/web.out\n"
                + "[program:worker]\ncommand=/bin/sleep 1000\nstartsecs=0\nautostart=false\n"
                + "[group:grp]\nprograms=worker\n[rpcinterface:supervisor]\n"
                + "supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n");
        this.process = new ProcessBuilder(launcher.toString(), "-n", "-c", conf.toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        this.rpc = new XmlRpcClient(url(), null, null);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until "web" is RUNNING, so the page starts from a known table. */
    void awaitReady() throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            try {
                if (state("web").equals("RUNNING")) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("daemon not ready: " + Files.readString(dir.resolve("err.txt")));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> info(String namespec) throws Exception {
        return (Map<String, Object>) rpc.call("supervisor.getProcessInfo", namespec);
    }

    String state(String namespec) throws Exception {
        return (String) info(namespec).get("statename");
    }

    String stdoutLog(String namespec) throws Exception {
        return (String) rpc.call("supervisor.readProcessStdoutLog", namespec, 0, 10_000);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        rpc.close();
        if (process.isAlive()) {
            process.destroy();      // SIGTERM to this pid: supervisord stops its children first
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
