package dev.jsupervisor.daemon.os;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test support: spawn real children through pipes, collect their output, always reap them. */
final class Children {
    static final NativeOs OS = new JnrNativeOs();
    static final int SIGKILL = 9;

    private Children() {}

    /** What a finished child did. */
    record Outcome(int pid, String stdout, String stderr, WaitStatus status) {}

    static List<String> env(Map<String, String> extra) {
        List<String> env = new ArrayList<>(List.of("PATH=/bin:/usr/bin", "LC_ALL=C"));
        extra.forEach((k, v) -> env.add(k + "=" + v));
        return env;
    }

    static SpawnSpec spec(List<String> argv) {
        return new SpawnSpec(argv.get(0), argv, env(Map.of()), null, null, null, -1, -1, -1);
    }

    static ProcessSpawner spawner() {
        return new ProcessSpawner(OS, ExecHelper.locate());
    }

    /** Runs the spec to completion (10 s at most) with fresh pipes. */
    static Outcome run(ProcessSpawner spawner, SpawnSpec spec, boolean redirectStderr) throws IOException {
        try (ChildPipes pipes = ChildPipes.open(redirectStderr)) {
            SpawnResult result = spawner.spawn(spec.withFds(pipes.childStdinFd(), pipes.childStdoutFd(),
                    pipes.childStderrFd()));
            assertTrue(result.ok(), () -> "spawn failed: " + result);
            int pid = result.pid();
            try {
                pipes.closeChildEnds();
                pipes.stdin().close();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                drain(pipes, out, err);
                WaitStatus status = await(pid);
                return new Outcome(pid, out.toString(StandardCharsets.UTF_8),
                        err.toString(StandardCharsets.UTF_8), status);
            } finally {
                killGroup(pid);
            }
        }
    }

    /** Reads stdout/stderr through a Selector, as the event loop will, until both reach EOF. */
    private static void drain(ChildPipes pipes, ByteArrayOutputStream out, ByteArrayOutputStream err)
            throws IOException {
        try (Selector selector = Selector.open()) {
            pipes.stdout().register(selector, SelectionKey.OP_READ, out);
            if (pipes.stderr() != null) {
                pipes.stderr().register(selector, SelectionKey.OP_READ, err);
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (!selector.keys().isEmpty() && System.nanoTime() < deadline) {
                selector.select(200);
                for (SelectionKey key : selector.selectedKeys()) {
                    buffer.clear();
                    int n = ((java.nio.channels.ReadableByteChannel) key.channel()).read(buffer);
                    if (n < 0) {
                        key.cancel();
                    } else {
                        ((ByteArrayOutputStream) key.attachment()).write(buffer.array(), 0, n);
                    }
                }
                selector.selectedKeys().clear();
            }
            if (!selector.keys().isEmpty()) {
                fail("child output did not reach EOF in time");
            }
        }
    }

    /** Polls waitpid(pid, WNOHANG) until the child is reaped (10 s at most). */
    static WaitStatus await(int pid) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<Reaped> reaped = OS.waitNoHang(pid);
            if (reaped.isPresent()) {
                return reaped.get().status();
            }
            sleep(5);
        }
        throw new AssertionError("child " + pid + " did not exit");
    }

    /** Cleanup for finally blocks: SIGKILL the child's group and reap the child if still there. */
    static void killGroup(int pid) {
        if (pid > 0) {
            OS.killpg(pid, SIGKILL);
            OS.kill(pid, SIGKILL);
            long deadline = System.nanoTime() + 2_000_000_000L;
            // /proc/<pid> exists until the child (alive or zombie) is reaped
            while (java.nio.file.Files.exists(java.nio.file.Path.of("/proc/" + pid))
                    && OS.waitNoHang(pid).isEmpty() && System.nanoTime() < deadline) {
                sleep(5);
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
