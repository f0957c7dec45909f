package dev.jsupervisor.daemon.loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * supervisord run as a real process from the test class path (the loop owns signals and reaps
 * any child, so it cannot share the test JVM). Every test closes it: the daemon, and every
 * process group of a program it logged as spawned, get SIGKILL.
 */
final class DaemonProcess implements AutoCloseable {
    private static final Pattern SPAWNED = Pattern.compile("spawned: '[^']+' with pid (\\d+)");

    private final Path dir;
    private Process process;

    DaemonProcess(Path dir) {
        this.dir = dir;
    }

    Path dir() { return dir; }

    Path config() { return dir.resolve("supervisord.conf"); }

    Path mainLog() { return dir.resolve("supervisord.log"); }

    Path pidfile() { return dir.resolve("supervisord.pid"); }

    /** Writes a config: a [supervisord] section with files in the test dir, then {@code rest}. */
    DaemonProcess configure(String rest) throws IOException {
        Files.createDirectories(dir.resolve("auto"));
        Files.writeString(config(), "[supervisord]\nlogfile=" + mainLog() + "\npidfile=" + pidfile()
                + "\nchildlogdir=" + dir.resolve("auto") + "\nloglevel=debug\n" + rest);
        return this;
    }

    /** The java command line that runs SupervisordMain, optionally behind a prefix (unshare). */
    static List<String> command(List<String> prefix, List<String> args) {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--add-exports");
        command.add("java.base/sun.nio.ch=ALL-UNNAMED");
        String helper = System.getProperty("jsupervisor.execHelper");
        if (helper != null) {
            command.add("-Djsupervisor.execHelper=" + helper);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.jsupervisor.daemon.SupervisordMain");
        command.addAll(args);
        return command;
    }

    /** Starts {@code supervisord <args>} and returns the process (stdout/stderr to files). */
    Process start(List<String> prefix, String... args) throws IOException {
        process = new ProcessBuilder(command(prefix, List.of(args))).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile())
                .start();
        return process;
    }

    String log() {
        return read(mainLog());
    }

    String stderr() {
        return read(dir.resolve("stderr"));
    }

    void awaitLog(String fragment) {
        await(() -> log().contains(fragment), "'" + fragment + "' in the main log");
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Pids the main log names as spawned, in order. */
    List<Long> spawnedPids() {
        Matcher m = SPAWNED.matcher(log());
        List<Long> pids = new ArrayList<>();
        while (m.find()) {
            pids.add(Long.parseLong(m.group(1)));
        }
        return pids;
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                && !read(Path.of("/proc/" + pid + "/stat")).contains(") Z ");
    }

    static void signal(long pid, String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start().waitFor();
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
        for (long pid : spawnedPids()) {
            new ProcessBuilder("kill", "-KILL", "--", "-" + pid).start().waitFor();
        }
        long daemonPid = pidFromFile();
        if (daemonPid > 0 && alive(daemonPid)) {
            signal(daemonPid, "KILL");
        }
    }

    long pidFromFile() {
        String text = read(pidfile()).strip();
        return text.isEmpty() ? -1 : Long.parseLong(text);
    }
}
