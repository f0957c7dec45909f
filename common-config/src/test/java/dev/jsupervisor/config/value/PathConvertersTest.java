package dev.jsupervisor.config.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Path-typed converters, resolved against a PathContext (never the JVM's cwd). Texts from the reference. */
class PathConvertersTest {
    @TempDir
    Path dir;
    private PathContext paths;
    private final InMemoryAccounts accounts = new InMemoryAccounts().user("app", 1000, 1000, "/home/app/");

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(dir.resolve("home/logs"));
        Files.createDirectories(dir.resolve("work/sub"));
        paths = new PathContext(dir.resolve("work").toString(), dir.resolve("home").toString());
    }

    private String message(Executable e) {
        return assertThrows(ValueException.class, e::run).getMessage();
    }

    @FunctionalInterface
    interface Executable {
        void run() throws Exception;
    }

    @Test
    void existingDirectoryExpandsTildeButKeepsRelativePaths() throws Exception {
        assertEquals(dir + "/home/logs", Converters.existingDirectory("~/logs", paths, accounts));
        assertEquals("sub", Converters.existingDirectory("sub", paths, accounts));
        assertEquals("/", Converters.existingDirectory("/", paths, accounts));
        assertEquals("/nonexist is not an existing directory",
                message(() -> Converters.existingDirectory("/nonexist", paths, accounts)));
        assertEquals("~/nope is not an existing directory",
                message(() -> Converters.existingDirectory("~/nope", paths, accounts)));
        assertEquals(" is not an existing directory", message(() -> Converters.existingDirectory("", paths, accounts)));
    }

    @Test
    void existingDirpathNeedsOnlyTheParent() throws Exception {
        assertEquals("x.log", Converters.existingDirpath("x.log", paths, accounts));
        assertEquals("sub/x.log", Converters.existingDirpath("sub/x.log", paths, accounts));
        assertEquals(dir + "/home/logs/x", Converters.existingDirpath("~/logs/x", paths, accounts));
        assertEquals("/x", Converters.existingDirpath("/x", paths, accounts));
        assertEquals("The directory named as part of the path /no/such/x does not exist",
                message(() -> Converters.existingDirpath("/no/such/x", paths, accounts)));
    }

    @Test
    void logfileNameKeywordsAnyCase() throws Exception {
        assertEquals(LogfileName.NONE, Converters.logfileName("NONE", paths, accounts));
        assertEquals(LogfileName.NONE, Converters.logfileName("Off", paths, accounts));
        assertEquals(LogfileName.AUTO, Converters.logfileName("auto", paths, accounts));
        assertEquals(LogfileName.SYSLOG, Converters.logfileName("SYSLOG", paths, accounts));
        assertEquals(LogfileName.path("sub/a.log"), Converters.logfileName("sub/a.log", paths, accounts));
        assertEquals("The directory named as part of the path nope/a.log does not exist",
                message(() -> Converters.logfileName("nope/a.log", paths, accounts)));
    }

    @Test
    void normalizePathIsNormpathAbspathExpanduser() {
        String work = dir + "/work";
        assertEquals(work + "/a", Converters.normalizePath("a", paths, accounts));
        assertEquals(dir + "/a", Converters.normalizePath("./sub/../../a/", paths, accounts));
        assertEquals(dir + "/home/x", Converters.normalizePath("~/x", paths, accounts));
        assertEquals("/home/app/x", Converters.normalizePath("~app/x", paths, accounts));
        assertEquals(work + "/~nobody/x", Converters.normalizePath("~nobody/x", paths, accounts));
        assertEquals("//x/y", Converters.normalizePath("//x//y/.", paths, accounts));
        assertEquals("/x", Converters.normalizePath("///x", paths, accounts));
        assertEquals("/", Converters.normalizePath("/../..", paths, accounts));
    }

    @Test
    void posixPathHelpers() {
        assertEquals("", PosixPaths.dirname("foo"));
        assertEquals("/", PosixPaths.dirname("/foo"));
        assertEquals("a", PosixPaths.dirname("a//b"));
        assertEquals("//", PosixPaths.dirname("//x"));
        assertEquals("../a", PosixPaths.normalize("../a/b/.."));
        assertEquals("..", PosixPaths.normalize("a/../.."));
        assertEquals(".", PosixPaths.normalize(""));
        assertEquals("/", PosixPaths.expandUser("~", new PathContext("/", "/"), accounts));
        assertEquals("~", PosixPaths.expandUser("~", new PathContext("/", null), accounts));
        assertEquals("/h/x", PosixPaths.expandUser("~/x", new PathContext("/", "/h//"), accounts));
        assertEquals("x~", PosixPaths.expandUser("x~", paths, accounts));
    }
}
