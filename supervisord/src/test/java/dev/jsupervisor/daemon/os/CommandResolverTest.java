package dev.jsupervisor.daemon.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** spawnerr texts as the installed Supervisor 4.2.5 logged them for the same cases. */
class CommandResolverTest {
    @TempDir Path dir;
    private CommandResolver resolver;

    @BeforeEach
    void setUp() throws IOException {
        resolver = new CommandResolver(FileProbe.SYSTEM, dir + "/bin:/bin:/usr/bin");
        Files.createDirectories(dir.resolve("bin/sub"));
        Files.createDirectories(dir.resolve("adir"));
        script("okx.sh", "rwx------");
        script("noexec.sh", "rw-r--r--");
    }

    private Path script(String name, String mode) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
        return p;
    }

    private String error(String command, Map<String, String> env) {
        return assertThrows(BadCommandException.class, () -> resolver.resolve(command, env)).getMessage();
    }

    @Test
    void searchesPathAndKeepsArgvZero() throws BadCommandException {
        CommandResolver.Resolved r = resolver.resolve("echo 'a b' c\\ d", Map.of());
        assertEquals("/bin/echo", r.filename());
        assertEquals(List.of("echo", "a b", "c d"), r.argv());
    }

    @Test
    void slashedCommandIsUsedAsIs() throws BadCommandException {
        assertEquals(dir + "/okx.sh", resolver.resolve(dir + "/okx.sh x", null).filename());
    }

    @Test
    void parseErrorText() {
        assertEquals("can't parse command 'echo \"unclosed': No closing quotation", error("echo \"unclosed", null));
        assertEquals("can't parse command \"it's\": No closing quotation", error("it's", null));
    }

    @Test
    void emptyCommand() {
        assertEquals("command is empty", error("   ", null));
    }

    @Test
    void emptyQuotedWordFindsTheFirstPathDirectory() {
        // the reference joins '' to the first PATH entry and stats the directory itself
        assertEquals("command at '" + dir + "/bin/' is a directory", error("\"\"", null));
    }

    @Test
    void emptyWordWithAnEmptyPathIsNotFound() {
        // checked with the reference: command='' and environment=PATH="" (stat("") fails)
        assertEquals("can't find command ''", error("''", Map.of("PATH", "")));
    }

    @Test
    void trailingSlashOnAFileIsNotFound() {
        assertEquals("can't find command '" + dir + "/okx.sh/'", error(dir + "/okx.sh/", null));
    }

    @Test
    void notFoundTexts() {
        assertEquals("can't find command 'nosuchcmd_xyz'", error("nosuchcmd_xyz", null));
        assertEquals("can't find command '" + dir + "/nope'", error(dir + "/nope", null));
    }

    @Test
    void directoryAndNotExecutableTexts() {
        assertEquals("command at '" + dir + "/adir' is a directory", error(dir + "/adir", null));
        assertEquals("command at '" + dir + "/noexec.sh' is not executable", error(dir + "/noexec.sh", null));
    }

    @Test
    void programPathWinsAndFirstStatHitIsTakenEvenIfADirectory() {
        Map<String, String> env = Map.of("PATH", dir + "/bin/:/bin");
        assertEquals("command at '" + dir + "/bin/sub' is a directory", error("sub", env));
    }

    @Test
    void noPermissionWhenAccessSaysNo() {
        FileProbe nonRoot = new FileProbe() {
            @Override public Optional<Stat> stat(String f) { return Optional.of(new Stat(false, true)); }
            @Override public boolean accessExecutable(String f) { return false; }
        };
        BadCommandException e = assertThrows(BadCommandException.class,
                () -> new CommandResolver(nonRoot, null).resolve("/root/private.sh", null));
        assertEquals("no permission to run command '/root/private.sh'", e.getMessage());
    }

    @Test
    void pathFallbacks() {
        CommandResolver noPath = new CommandResolver(FileProbe.SYSTEM, "");
        assertEquals(List.of("/bin", "/usr/bin", "/usr/local/bin"), noPath.searchPath(null));
        assertEquals(List.of(""), noPath.searchPath(Map.of("PATH", "")));
        assertEquals(List.of("/a", "", "/b"), noPath.searchPath(Map.of("PATH", "/a::/b")));
    }

    @Test
    void joinLikeOsPath() {
        assertEquals("x", CommandResolver.join("", "x"));
        assertEquals("/a/x", CommandResolver.join("/a/", "x"));
        assertEquals("/a/x", CommandResolver.join("/a", "x"));
        assertEquals("/a/", CommandResolver.join("/a", ""));
    }
}
