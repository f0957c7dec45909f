package dev.jsupervisor.e2e.rpcmore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One supervisord (the reference's or ours) on a config of its own temp dir, always started as
 * {@code supervisord -n -c <tmp>/sv.conf}. {@code ${DIR}} in the config text stands for that dir.
 * Closing stops it with SIGTERM, kills whatever of its children is left and removes the dir.
 */
final class Twin implements AutoCloseable {
    final String name;
    final Path dir;
    private final Process process;
    private Set<ProcessHandle> children = Set.of();

    Twin(String name, String program, String configTemplate) throws IOException {
        this.name = name;
        this.dir = Files.createTempDirectory("rpcmore-" + name);
        writeConfig(configTemplate);
        this.process = new ProcessBuilder(program, "-n", "-c", conf().toString()).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(dir.resolve("daemon.out").toFile())
                .redirectError(dir.resolve("daemon.err").toFile()).start();
    }

    Path conf() {
        return dir.resolve("sv.conf");
    }

    Path socket() {
        return dir.resolve("sv.sock");
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    /** Replaces the config file (for reloadConfig) with the template for this dir. */
    void writeConfig(String template) throws IOException {
        Files.writeString(conf(), template.replace("${DIR}", dir.toString()), StandardCharsets.UTF_8);
    }

    String mainLog() throws IOException {
        Path log = file("sv.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
    }

    /** Waits until the daemon logged its start and its socket exists. */
    void awaitStarted() throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " supervisord exited: " + Files.readString(dir.resolve("daemon.err")));
            }
            if (Files.exists(socket()) && mainLog().contains("supervisord started with pid")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " supervisord did not start");
    }

    /** Remembers the children now, so that close() can reach them even after the daemon died. */
    void recordChildren() {
        children = process.descendants().collect(Collectors.toSet());
    }

    @Override
    public void close() throws Exception {
        recordChildren();
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        for (ProcessHandle child : children) {
            child.destroyForcibly();
        }
        deleteTree(dir);
    }

    /** The temp dir and everything in it (logs, socket, configs). */
    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
