package dev.jsupervisor.e2e.pairs;

import dev.jsupervisor.xmlrpc.FaultException;
import dev.jsupervisor.xmlrpc.TransportException;
import dev.jsupervisor.xmlrpc.XmlRpcClient;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * One supervisord (Python or ours), always {@code -n -c <temp dir>/sv.conf}, serving a unix socket
 * (the config's supervisorctl default) and 127.0.0.1:&lt;free port&gt; with user/123. Closing stops
 * it with SIGTERM and kills whatever it or its children left behind, by pid.
 */
public final class PairDaemon implements AutoCloseable {
    static final String USER = "user";
    static final String PASSWORD = "123";

    final Impl impl;
    final Path dir;
    final Path conf;
    final int port;
    private final Process process;
    private final Set<ProcessHandle> seen = new HashSet<>();
    private XmlRpcClient client;

    /** Daemons not yet closed: a test JVM stopped by a signal (e.g. Ctrl-C on Maven) still kills them. */
    private static final Set<PairDaemon> OPEN = ConcurrentHashMap.newKeySet();
    /** Set by the hook: no daemon starts once the test JVM is exiting. */
    private static volatile boolean exiting;

    /** Constructors between starting a process and registering it: the hook waits for them. */
    private static final AtomicInteger STARTING = new AtomicInteger();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PairDaemon::reapAll, "pairs-daemon-reaper"));
    }

    private static void reapAll() {
        exiting = true;
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (STARTING.get() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        OPEN.forEach(d -> d.process.destroy());     // all SIGTERMs first: they stop in parallel
        OPEN.forEach(PairDaemon::close);
    }

    private PairDaemon(Impl impl, String programs) throws IOException {
        this.impl = impl;
        this.dir = Files.createTempDirectory("pairs-" + impl.name().toLowerCase() + "-");
        this.conf = dir.resolve("sv.conf");
        this.port = freePort();
        Files.writeString(conf, header() + programs, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(impl.daemon());
        command.addAll(List.of("-n", "-c", conf.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(new File("/dev/null"))
                .redirectOutput(dir.resolve("daemon.out").toFile()).redirectError(dir.resolve("daemon.err").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("SUPERVISOR_"));
        STARTING.incrementAndGet();
        try {
            if (exiting) {
                throw new IllegalStateException("the test JVM is exiting");
            }
            this.process = builder.start();
            OPEN.add(this);
        } finally {
            STARTING.decrementAndGet();
        }
    }

    /** Starts a daemon on these program sections and waits until it answers getState. */
    public static PairDaemon start(Impl impl, String programs) throws Exception {
        PairDaemon d = new PairDaemon(impl, programs);
        try {
            d.awaitAnswering();
        } catch (RuntimeException | Error e) {
            d.close();
            throw e;
        }
        return d;
    }

    private String header() {
        return "[unix_http_server]\nfile=" + dir + "/sv.sock\n"
                + "[inet_http_server]\nport=127.0.0.1:" + port + "\nusername=" + USER + "\npassword=" + PASSWORD + "\n"
                + "[supervisord]\nlogfile=" + dir + "/sv.log\npidfile=" + dir + "/sv.pid\nchildlogdir=" + dir + "\n"
                + "identifier=pairs\n"
                + "[rpcinterface:supervisor]\n"
                + "supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n"
                + "[supervisorctl]\nserverurl=unix://" + dir + "/sv.sock\n";
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public Path dir() {
        return dir;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public String unixUrl() {
        return "unix://" + dir + "/sv.sock";
    }

    public String inetUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A client on the unix socket, for waiting (not under test); reopened after an error. */
    public synchronized Object call(String method, Object... params) throws FaultException, TransportException {
        if (client == null) {
            client = new XmlRpcClient(unixUrl(), null, null);
        }
        try {
            return client.call(method, params);
        } catch (TransportException e) {
            client.close();
            client = null;
            throw e;
        }
    }

    void awaitAnswering() {
        Waits.until(30, impl + " daemon answering in " + dir, () -> {
            if (!process.isAlive()) {
                throw new AssertionError(impl + " supervisord exited " + process.exitValue() + ": "
                        + read("daemon.err"));
            }
            try {
                call("supervisor.getState");
                return true;
            } catch (FaultException | TransportException e) {
                return false;
            }
        });
    }

    /** The state name of one process, or "" while the daemon does not answer. */
    String state(String name) {
        try {
            return String.valueOf(((Map<?, ?>) call("supervisor.getProcessInfo", name)).get("statename"));
        } catch (FaultException | TransportException e) {
            return "";
        }
    }

    /** True when every process has left STARTING and BACKOFF (and, for the Python one, its tick ran). */
    boolean settled() {
        try {
            for (Object info : (List<?>) call("supervisor.getAllProcessInfo")) {
                String state = String.valueOf(((Map<?, ?>) info).get("statename"));
                if (state.equals("STARTING") || state.equals("BACKOFF") || state.equals("STOPPING")) {
                    return false;
                }
            }
            return true;
        } catch (FaultException | TransportException e) {
            return false;
        }
    }

    void editConfig(UnaryOperator<String> edit) throws IOException {
        Files.writeString(conf, edit.apply(Files.readString(conf, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    boolean awaitExit(int seconds) {
        return exited(seconds);
    }

    String read(String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    /** Live threads of the daemon process (the JVM for ours: the launcher execs java). */
    public int threads() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith("Threads:")) {
                return Integer.parseInt(line.substring(8).trim());
            }
        }
        throw new IOException("no Threads: line for " + pid());
    }

    /**
     * SIGTERM (the daemon stops its children), SIGKILL after 20 s, then every descendant ever seen.
     * Runs to the end even when the calling thread was interrupted, so nothing is left behind.
     */
    @Override
    public synchronized void close() {
        boolean interrupted = Thread.interrupted();
        if (client != null) {
            client.close();
        }
        process.toHandle().descendants().forEach(seen::add);
        if (process.isAlive()) {
            process.destroy();
            if (!exited(20)) {
                process.toHandle().descendants().forEach(seen::add);
                process.destroyForcibly();
                exited(10);
            }
        }
        seen.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        OPEN.remove(this);
        if (!Boolean.getBoolean("pairs.keep")) {
            deleteTree(dir);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Removes the temp dir (config, socket, logs); -Dpairs.keep=true keeps them for a post-mortem. */
    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a file vanished meanwhile or cannot be listed: leave the rest to the OS's temp cleaning
        }
    }

    private boolean exited(int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (process.waitFor(100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            } catch (InterruptedException e) {
                // keep waiting: an interrupted test must still not leave a daemon behind
            }
        }
        return !process.isAlive();
    }
}
