package dev.jsupervisor.daemon.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Real children through JnrNativeOs.posixSpawn (no helper involved: no user/directory/umask). */
class NativeSpawnTest {
    private final ProcessSpawner spawner = new ProcessSpawner(Children.OS, java.util.Optional.empty());

    @Test
    void echoOutputArrivesThroughThePipe() throws IOException {
        Children.Outcome o = Children.run(spawner, Children.spec(List.of("/bin/echo", "hello", "world")), false);
        assertEquals("hello world\n", o.stdout());
        assertEquals("", o.stderr());
        assertEquals("exit status 0", o.status().description());
    }

    @Test
    void stderrIsSeparateUnlessRedirected() throws IOException {
        SpawnSpec spec = Children.spec(List.of("/bin/sh", "-c", "echo out; echo err >&2"));
        Children.Outcome separate = Children.run(spawner, spec, false);
        assertEquals("out\n", separate.stdout());
        assertEquals("err\n", separate.stderr());
        Children.Outcome redirected = Children.run(spawner, spec, true);
        assertEquals("out\nerr\n", redirected.stdout());
        assertEquals("", redirected.stderr());
    }

    @Test
    void childReadsStdinFromThePipe() throws IOException {
        // stdin is closed by Children.run right after the spawn: cat sees EOF at once
        Children.Outcome o = Children.run(spawner, Children.spec(List.of("/bin/cat")), false);
        assertEquals("", o.stdout());
        assertEquals(0, o.status().exitStatus());
    }

    @Test
    void exitCodesAndSignalsAreDecoded() throws IOException {
        assertEquals("exit status 42",
                Children.run(spawner, Children.spec(List.of("/bin/sh", "-c", "exit 42")), false)
                        .status().description());
        WaitStatus killed = Children.run(spawner,
                Children.spec(List.of("/bin/sh", "-c", "kill -KILL $$")), false).status();
        assertEquals("terminated by SIGKILL", killed.description());
        assertEquals(-1, killed.exitStatus());
    }

    @Test
    void childLeadsItsOwnGroupAndHasOnlyFdsZeroToTwo() throws IOException {
        try (ChildPipes pipes = ChildPipes.open(false)) {
            SpawnResult r = spawner.spawn(Children.spec(List.of("/bin/sleep", "30"))
                    .withFds(pipes.childStdinFd(), pipes.childStdoutFd(), pipes.childStderrFd()));
            assertTrue(r.ok());
            try {
                pipes.closeChildEnds();
                assertEquals(r.pid(), Children.OS.getpgid(r.pid()));
                // sleep may hold a file open for a moment while it starts (locale data): poll
                List<String> fds = fdsOf(r.pid());
                for (int i = 0; i < 100 && !fds.equals(List.of("0", "1", "2")); i++) {
                    sleepMillis(10);
                    fds = fdsOf(r.pid());
                }
                assertEquals(List.of("0", "1", "2"), fds);
                assertEquals("0000000000000000", statusField(r.pid(), "SigBlk"));
            } finally {
                Children.killGroup(r.pid());
            }
        }
    }

    @Test
    void lsOfProcSelfFdShowsOnlyStdioAndItsOwnDirectory() throws IOException {
        Children.Outcome o = Children.run(spawner, Children.spec(List.of("/bin/ls", "/proc/self/fd")), false);
        // fd 3 is the directory ls itself opened to list /proc/self/fd
        assertEquals("0\n1\n2\n3\n", o.stdout());
    }

    @Test
    void killpgReachesGrandchildren() throws IOException {
        try (ChildPipes pipes = ChildPipes.open(true)) {
            SpawnSpec spec = Children.spec(List.of("/bin/sh", "-c", "sleep 60 & echo $!; sleep 60 & echo $!; wait"));
            SpawnResult r = spawner.spawn(spec.withFds(pipes.childStdinFd(), pipes.childStdoutFd(),
                    pipes.childStderrFd()));
            assertTrue(r.ok());
            try {
                pipes.closeChildEnds();
                List<Integer> grandchildren = readPids(pipes, 2);
                assertEquals(0, Children.OS.killpg(r.pid(), 15));
                assertEquals("terminated by SIGTERM", Children.await(r.pid()).description());
                for (int pid : grandchildren) {
                    assertTrue(deadOrZombie(pid), "grandchild " + pid + " survived killpg");
                }
            } finally {
                Children.killGroup(r.pid());
            }
        }
    }

    @Test
    void missingPathIsAnErrnoAndNoChild() {
        SpawnResult r = Children.OS.posixSpawn("/nonexistent/prog", List.of("prog"), List.of(),
                new int[] {0, 1, 2}, null);
        assertFalse(r.ok());
        assertEquals("ENOENT", r.errnoName());
        assertEquals(-1, r.pid());
    }

    @Test
    void environmentIsExactlyTheGivenOne() throws IOException {
        SpawnSpec spec = new SpawnSpec("/usr/bin/env", List.of("env"), Children.env(Map.of("FOO", "bar baz")),
                null, null, null, -1, -1, -1);
        Children.Outcome o = Children.run(spawner, spec, false);
        assertEquals("PATH=/bin:/usr/bin\nLC_ALL=C\nFOO=bar baz\n", o.stdout());
    }

    @Test
    void waitAnyReapsAChildAndThenReportsNothing() throws IOException {
        try (ChildPipes pipes = ChildPipes.open(true)) {
            SpawnResult r = spawner.spawn(Children.spec(List.of("/bin/sh", "-c", "exit 7"))
                    .withFds(pipes.childStdinFd(), pipes.childStdoutFd(), pipes.childStderrFd()));
            try {
                long deadline = System.nanoTime() + 5_000_000_000L;
                java.util.Optional<Reaped> reaped = java.util.Optional.empty();
                while (reaped.isEmpty() && System.nanoTime() < deadline) {
                    reaped = Children.OS.waitNoHang(-1);
                    Children.sleep(5);
                }
                assertEquals(new Reaped(r.pid(), WaitStatus.ofExit(7)), reaped.orElseThrow());
                assertTrue(Children.OS.waitNoHang(-1).isEmpty());
            } finally {
                Children.killGroup(r.pid());
            }
        }
    }

    static List<String> fdsOf(int pid) throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            return fds.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    static String statusField(int pid, String field) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith(field + ":")).map(l -> l.substring(field.length() + 1).trim())
                .findFirst().orElseThrow();
    }

    private static boolean deadOrZombie(int pid) throws IOException {
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < deadline) {
            Path stat = Path.of("/proc/" + pid + "/stat");
            if (!Files.exists(stat)) {
                return true;
            }
            try {
                String s = Files.readString(stat);
                if (s.substring(s.lastIndexOf(')') + 2).startsWith("Z")) {
                    return true;
                }
            } catch (IOException vanished) {
                return true;
            }
            Children.sleep(20);
        }
        return false;
    }

    private static List<Integer> readPids(ChildPipes pipes, int count) throws IOException {
        StringBuilder text = new StringBuilder();
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(256);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (text.chars().filter(c -> c == '\n').count() < count && System.nanoTime() < deadline) {
            buf.clear();
            int n = pipes.stdout().read(buf);
            if (n > 0) {
                text.append(new String(buf.array(), 0, n, java.nio.charset.StandardCharsets.US_ASCII));
            } else {
                Children.sleep(10);
            }
        }
        return Stream.of(text.toString().trim().split("\n")).map(Integer::parseInt).collect(Collectors.toList());
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
