package dev.jsupervisor.e2e.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One supervisord (the reference's or ours) in the foreground on {@code <tmp>/sv.conf}, with the
 * listener scripts copied beside it. Closing stops it, kills what is left of its children and
 * removes the directory.
 */
final class EventDaemon implements AutoCloseable {
    static final String PYTHON = "/usr/bin/python3";
    static final String REFERENCE_CTL = "/usr/bin/supervisorctl";
    private static final List<String> SCRIPTS = List.of("recorder.py", "watcher.py", "example.py", "remote.py");

    final String name;
    final Path dir;
    private final Process process;
    private Set<ProcessHandle> children = Set.of();

    EventDaemon(String name, String program, String configTemplate) throws IOException {
        this.name = name;
        this.dir = Files.createTempDirectory("events-" + name);
        for (String script : SCRIPTS) {
            try (InputStream in = EventDaemon.class.getResourceAsStream("/events/" + script)) {
                Files.copy(in, dir.resolve(script));
            }
        }
        Files.writeString(conf(), configTemplate.replace("${DIR}", dir.toString()), StandardCharsets.UTF_8);
        this.process = new ProcessBuilder(program, "-n", "-c", conf().toString()).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(dir.resolve("daemon.out").toFile())
                .redirectError(dir.resolve("daemon.err").toFile()).start();
    }

    Path conf() {
        return dir.resolve("sv.conf");
    }

    Path file(String fileName) {
        return dir.resolve(fileName);
    }

    String read(String fileName) throws IOException {
        Path p = file(fileName);
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    /** Waits until {@code fileName} satisfies {@code done}. */
    void await(String fileName, Predicate<String> done, String what) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (!done.test(read(fileName))) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " supervisord exited: " + read("daemon.err"));
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError(name + ": never " + what + "; " + fileName + ":\n" + read(fileName)
                        + "\nmain log:\n" + read("sv.log"));
            }
            Thread.sleep(100);
        }
    }

    /** Debian's supervisorctl with this daemon's config. */
    String ctl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(REFERENCE_CTL, "-c", conf().toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    /** sendRemoteCommEvent for each pair of Python literals. */
    String remote(String... typeDataPairs) throws Exception {
        List<String> command = new ArrayList<>(List.of(PYTHON, file("remote.py").toString(),
                file("sv.sock").toString()));
        command.addAll(List.of(typeDataPairs));
        return run(command);
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        children = process.descendants().collect(Collectors.toSet());
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
        if (!Boolean.getBoolean("events.keep")) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
