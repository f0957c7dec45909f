package dev.jsupervisor.e2e.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A pseudo-terminal driven through tmux, on a tmux server of our own whose socket lives in our
 * own temp dir (-S, so other tmux users are untouched): start a command in a 120x40 pane, type
 * keys, read the pane. Closing kills that server, and with it the command, and removes the dir.
 */
final class Tmux implements AutoCloseable {
    private static final String SESSION = "t";
    private final Path dir;
    private final String socket;

    Tmux() throws IOException {
        dir = Files.createTempDirectory("tmux-e2e");
        socket = dir.resolve("sock").toString();
    }

    static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Starts {@code shellCommand} (sh syntax); "EXIT=<status>" is printed when it ends. */
    void start(String shellCommand) throws Exception {
        tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40",
                shellCommand + "; echo EXIT=$?; sleep 600");
    }

    /** tmux send-keys arguments: literal text or key names (Tab, Enter, C-c, ...). */
    void keys(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
        Thread.sleep(350);
    }

    /** The visible pane plus scrollback, trailing blank lines dropped. */
    String pane() throws Exception {
        return tmux("capture-pane", "-p", "-t", SESSION, "-S", "-200").replaceAll("\\n+$", "\n");
    }

    /** Waits until the pane shows {@code text} at least {@code times} times; false after the timeout. */
    boolean await(String text, int times, long timeoutMillis) throws Exception {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < until) {
            if (count(pane(), text) >= times) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    private String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-S", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("tmux " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        new ProcessBuilder("tmux", "-S", socket, "kill-server").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(10, TimeUnit.SECONDS);
        Files.deleteIfExists(Path.of(socket));
        Files.deleteIfExists(dir);
    }
}
