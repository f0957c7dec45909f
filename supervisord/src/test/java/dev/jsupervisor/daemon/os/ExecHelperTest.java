package dev.jsupervisor.daemon.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The child-side steps through the real sv-exec built by this module (surefire points at it). */
class ExecHelperTest {
    private static final int NOBODY = 65534;
    private static final String NOT_SPAWNED = "supervisor: child process was not spawned\n";

    @TempDir Path dir;

    private final ProcessSpawner spawner = Children.spawner();

    private static SpawnSpec spec(List<String> argv, String cwd, Integer umask, Integer uid) {
        return new SpawnSpec(argv.get(0), argv, Children.env(Map.of()), cwd, umask, uid, -1, -1, -1);
    }

    @Test
    void helperIsBuiltAndFound() {
        assertTrue(ExecHelper.locate().isPresent(), "sv-exec not found; -D" + ExecHelper.PROPERTY + "="
                + System.getProperty(ExecHelper.PROPERTY));
    }

    @Test
    void missingDirectoryGivesTheReferenceTextsAndExit127() throws IOException {
        String missing = dir.resolve("nodir").toString();
        Children.Outcome o = Children.run(spawner, spec(List.of("/bin/echo", "hi"), missing, null, null), false);
        assertEquals("supervisor: couldn't chdir to " + missing + ": ENOENT\n" + NOT_SPAWNED, o.stderr());
        assertEquals("", o.stdout());
        assertEquals("exit status 127", o.status().description());
    }

    @Test
    void directoryAndUmaskAreApplied() throws IOException {
        Children.Outcome o = Children.run(spawner,
                spec(List.of("/bin/sh", "-c", "pwd; umask"), dir.toString(), 0027, null), false);
        assertEquals(dir.toRealPath() + "\n0027\n", o.stdout());
        assertEquals(0, o.status().exitStatus());
    }

    @Test
    void umaskZeroIsApplied() throws IOException {
        Children.Outcome o = Children.run(spawner, spec(List.of("/bin/sh", "-c", "umask"), null, 0, null), false);
        assertEquals("0000\n", o.stdout());
    }

    @Test
    void userSwitchesUidGidAndGroups() throws IOException {
        assumeTrue(Children.OS.getuid() == 0, "needs root");
        Children.Outcome o = Children.run(spawner,
                spec(List.of("/bin/sh", "-c", "id -u; id -g; id -G"), null, null, NOBODY), false);
        int gid = Children.OS.getpwuid(NOBODY).orElseThrow().gid();
        assertEquals(NOBODY + "\n" + gid + "\n" + gid + "\n", o.stdout());
    }

    @Test
    void unknownUidIsReportedByTheChild() throws IOException {
        assumeTrue(Children.OS.getpwuid(4242).isEmpty());
        Children.Outcome o = Children.run(spawner, spec(List.of("/bin/true"), null, null, 4242), false);
        assertEquals("supervisor: couldn't setuid to 4242: Can't find uid 4242\n" + NOT_SPAWNED, o.stderr());
        assertEquals(127, o.status().exitStatus());
    }

    @Test
    void execFailureOfADirectSpawnIsRetriedThroughTheHelper() throws IOException {
        Path script = dir.resolve("badinterp.sh");
        Files.writeString(script, "#!/nonexistent/interpreter\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Children.Outcome o = Children.run(spawner,
                spec(List.of(script.toString(), "arg"), null, null, null), false);
        assertEquals("supervisor: couldn't exec " + script + ": ENOENT\n" + NOT_SPAWNED, o.stderr());
        assertEquals(127, o.status().exitStatus());
    }

    @Test
    void execPermissionDeniedAsAnotherUser() throws IOException {
        assumeTrue(Children.OS.getuid() == 0, "needs root");
        Path script = dir.resolve("private.sh");
        Files.writeString(script, "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        Children.Outcome o = Children.run(spawner, spec(List.of(script.toString()), null, null, NOBODY), false);
        assertEquals("supervisor: couldn't exec " + script + ": EACCES\n" + NOT_SPAWNED, o.stderr());
    }

    @Test
    void argvZeroIsReportedNotThePath() throws IOException {
        SpawnSpec s = new SpawnSpec(dir.resolve("missing").toString(), List.of("shortname"),
                Children.env(Map.of()), dir.toString(), null, null, -1, -1, -1);
        Children.Outcome o = Children.run(spawner, s, false);
        assertEquals("supervisor: couldn't exec shortname: ENOENT\n" + NOT_SPAWNED, o.stderr());
    }

    @Test
    void withoutTheHelperDirectoryAndUmaskFallBack() throws IOException {
        ProcessSpawner bare = new ProcessSpawner(Children.OS, java.util.Optional.empty());
        int before = Children.OS.currentUmask();
        Children.Outcome o = Children.run(bare,
                spec(List.of("/bin/sh", "-c", "pwd; umask"), dir.toString(), 0077, null), false);
        assertEquals(dir.toRealPath() + "\n0077\n", o.stdout());
        assertEquals(before, Children.OS.currentUmask());
        try (ChildPipes pipes = ChildPipes.open(true)) {
            SpawnResult r = bare.spawn(spec(List.of("/bin/true"), dir.resolve("nodir").toString(), null, null)
                    .withFds(pipes.childStdinFd(), pipes.childStdoutFd(), pipes.childStderrFd()));
            assertEquals("ENOENT", r.errnoName());
        }
    }

    @Test
    void helperArgvCarriesOptionsThenPathThenArgv() {
        ExecHelper h = new ExecHelper("/x/sv-exec");
        SpawnSpec s = new SpawnSpec("/bin/echo", List.of("echo", "a b"), List.of(), "/tmp", 022, 7, 0, 1, 2);
        assertEquals(List.of("/x/sv-exec", "-u", "7", "-d", "/tmp", "-m", "22", "--", "/bin/echo", "echo", "a b"),
                h.argv(s));
    }
}
