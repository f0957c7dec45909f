package dev.jsupervisor.e2e.daemon;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One supervisord implementation, run as a real process on a config written into its own temp
 * dir: always {@code supervisord -n -c <tmp>/supervisord.conf} (never without -c, or the reference
 * would pick up the system's /etc/supervisor/supervisord.conf). While it runs, a watcher records the
 * process group of every child it starts, so that {@link #close()} can SIGKILL whatever survives.
 */
abstract class Supervisord implements AutoCloseable {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)}");
    private static final long OWN_GROUP = ProcTable.ownGroup();

    private final Path dir;
    private final Set<Long> childGroups = ConcurrentHashMap.newKeySet();
    private final Set<Long> childPids = ConcurrentHashMap.newKeySet();
    private final Map<String, String> environment = new HashMap<>();
    private Process process;
    private ScheduledExecutorService watcher;

    Supervisord(Path dir) {
        this.dir = dir;
    }

    /** Display name, e.g. "reference". */
    abstract String name();

    /** The command that runs this implementation's supervisord (arguments follow). */
    abstract List<String> launcher();

    /** Called when the daemon exits before logging that it started; the default fails the test. */
    void exitedEarly(int exitCode, String stderr) {
        fail(name() + " supervisord exited with " + exitCode + " before it started:\n" + stderr
                + "\nmain log:\n" + mainLog());
    }

    final Path dir() {
        return dir;
    }

    final Path config() {
        return dir.resolve("supervisord.conf");
    }

    final Path mainLogFile() {
        return dir.resolve("supervisord.log");
    }

    /** Writes header.conf + the scenario resource {@code daemon/<name>} with placeholders filled in. */
    final Supervisord configure(String resource, Map<String, String> vars) {
        Map<String, String> all = new HashMap<>(vars);
        all.put("TMP", dir.toString());
        all.putIfAbsent("SUPERVISORD_EXTRA", "");
        String text = expand(resourceText("header.conf") + resourceText(resource), all);
        try {
            Files.createDirectories(dir.resolve("auto"));
            Files.writeString(config(), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    final Supervisord configure(String resource) {
        return configure(resource, Map.of());
    }

    /** Adds a variable to the daemon's own environment (before {@link #start()}). */
    final Supervisord environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Starts the daemon and waits until it logs {@code supervisord started with pid}. */
    final Supervisord start() {
        if (process != null) {
            throw new IllegalStateException("already started");
        }
        List<String> command = new ArrayList<>(launcher());
        command.addAll(List.of("-n", "-c", config().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(dir.resolve("daemon.stdout").toFile())
                .redirectError(dir.resolve("daemon.stderr").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("SUPERVISOR_"));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "supervisord-child-watcher");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(this::recordChildren, 0, 50, TimeUnit.MILLISECONDS);
        Poll.until(Poll.DEFAULT, name() + " supervisord to start", () -> {
            if (!process.isAlive()) {
                exitedEarly(process.exitValue(), read(dir.resolve("daemon.stderr")));
                fail(name() + " supervisord exited early");
            }
            return mainLog().contains("supervisord started with pid") ? Optional.of(true) : Optional.empty();
        });
        return this;
    }

    final long pid() {
        return process.pid();
    }

    final boolean running() {
        return process != null && process.isAlive();
    }

    /** Sends a signal (name without SIG, e.g. "HUP") to the daemon. */
    final void signal(String signal) {
        if (!ProcTable.signal(pid(), signal)) {
            fail("could not send SIG" + signal + " to " + name() + " supervisord " + pid());
        }
    }

    /** The raw main log (empty when it does not exist yet). */
    final String mainLog() {
        return read(mainLogFile());
    }

    final Transcript transcript() {
        return Transcript.parse(mainLog(), dir);
    }

    /** Waits until {@code count} main-log lines match {@code regex} (find); returns the last match. */
    final String awaitLog(String regex, int count, Duration timeout) {
        Pattern pattern = Pattern.compile(regex);
        return Poll.until(timeout, count + " x /" + regex + "/ in the " + name() + " main log", () -> {
            List<String> hits = new ArrayList<>();
            for (String line : mainLog().split("\n", -1)) {
                if (pattern.matcher(line).find()) {
                    hits.add(line);
                }
            }
            if (hits.size() >= count) {
                return Optional.of(hits.get(count - 1));
            }
            if (!running()) {
                fail(name() + " supervisord died while waiting for /" + regex + "/:\n" + mainLog());
            }
            return Optional.empty();
        });
    }

    final String awaitLog(String regex) {
        return awaitLog(regex, 1, Poll.DEFAULT);
    }

    final String awaitLog(String regex, int count) {
        return awaitLog(regex, count, Poll.DEFAULT);
    }

    /** Pids the main log reports for {@code spawned: '<name>'}, in order. */
    final List<Long> spawnedPids(String processName) {
        Matcher m = Pattern.compile("spawned: '" + Pattern.quote(processName) + "' with pid (\\d+)").matcher(mainLog());
        List<Long> pids = new ArrayList<>();
        while (m.find()) {
            pids.add(Long.parseLong(m.group(1)));
        }
        return pids;
    }

    /**
     * Graceful stop: SIGTERM, wait for the exit (SIGKILL after 90 s); returns the daemon's exit code.
     * Children that outlive it are left alone until {@link #close()}, so a scenario can look at them.
     */
    final int stop() {
        if (process == null) {
            return -1;
        }
        recordChildren();
        if (process.isAlive()) {
            ProcTable.signal(pid(), "TERM");
            if (!Poll.within(Duration.ofSeconds(90), () -> !process.isAlive())) {
                recordChildren();
                process.destroyForcibly();
            }
        }
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** Kills the daemon if it still runs, then every process group and child it ever had. */
    @Override
    public final void close() {
        if (process == null) {
            return;
        }
        if (watcher != null) {
            watcher.shutdownNow();
        }
        if (process.isAlive()) {
            recordChildren();
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        childGroups.forEach(ProcTable::killGroup);
        childPids.stream().filter(ProcTable::alive).forEach(pid -> ProcTable.signal(pid, "KILL"));
    }

    private void recordChildren() {
        if (process == null) {
            return;
        }
        for (ProcTable.Proc child : ProcTable.childrenOf(process.pid())) {
            childPids.add(child.pid());
            if (child.pgid() != OWN_GROUP && child.pgid() > 1) {
                childGroups.add(child.pgid());
            }
        }
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            return "";                                      // rotated or removed meanwhile
        }
    }

    private static String resourceText(String name) {
        try (InputStream in = Supervisord.class.getResourceAsStream("/daemon/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource daemon/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String expand(String template, Map<String, String> vars) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = vars.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for ${" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
