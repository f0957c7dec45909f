package dev.jsupervisor.e2e.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bin/ launchers of the built distribution, run as real processes. */
class LauncherTest {
    static final List<String> LAUNCHERS =
            List.of("supervisord", "supervisorctl", "echo_supervisord_conf", "pidproxy");

    @TempDir Path tmp;

    @Test
    void allFourLaunchersExistAndAreExecutable() {
        Path bin = Dist.home().resolve("bin");
        for (String name : LAUNCHERS) {
            Path launcher = bin.resolve(name);
            assertTrue(Files.isRegularFile(launcher), "missing " + launcher);
            assertTrue(Files.isExecutable(launcher), "not executable: " + launcher);
        }
    }

    @Test
    void versionFromAnotherWorkingDirectory() throws Exception {
        Path supervisord = Dist.home().resolve("bin/supervisord");
        Launch.Result result = Launch.run(tmp, supervisord.toString(), "-v");
        assertEquals(new Launch.Result(0, "4.2.5\n", ""), result);
    }

    @Test
    void versionThroughAChainOfSymlinks() throws Exception {
        // tmp/supervisord -> dist/bin/supervisord, tmp/sub/sv -> ../supervisord (relative)
        Path direct = Files.createSymbolicLink(tmp.resolve("supervisord"),
                Dist.home().resolve("bin/supervisord"));
        Path sub = Files.createDirectory(tmp.resolve("sub"));
        Path relative = Files.createSymbolicLink(sub.resolve("sv"), Path.of("../supervisord"));
        assertEquals(new Launch.Result(0, "4.2.5\n", ""), Launch.run(tmp, direct.toString(), "-v"));
        assertEquals(new Launch.Result(0, "4.2.5\n", ""), Launch.run(sub, "./sv", "--version"));
    }

    @Test
    void pidproxyWithoutArgumentsPrintsTheReferenceUsage() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("pidproxy"),
                Dist.home().resolve("bin/pidproxy"));
        Launch.Result result = Launch.run(tmp, link.toString());
        assertEquals(1, result.exitCode());
        assertEquals("", result.stderr());
        assertTrue(result.stdout().startsWith(
                "pidproxy -- run command and proxy signals to it via its pidfile.\n"));
        assertTrue(result.stdout().endsWith(
                "Usage: " + link + " <pidfile name> <command> [<cmdarg1> ...]\n\n"),
                result.stdout());
    }

    @Test
    void echoSupervisordConfPrintsASample() throws Exception {
        assumeTrue(hasEchoConfMain(), "echo-conf has no EchoConfMain yet");
        Path echo = Dist.home().resolve("bin/echo_supervisord_conf");
        Launch.Result result = Launch.run(tmp, echo.toString());
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stdout().contains("[supervisord]"), result.stdout());
    }

    @Test
    void argumentsReachJavaUnchanged() throws Exception {
        Path fakeJdk = fakeJdk("21.0.1");
        Launch.Result result = Launch.run(tmp,
                Map.of("JAVA_HOME", fakeJdk.toString(), "JSUPERVISOR_JAVA_OPTS", "-Da=1 -Db=2"),
                Dist.home().resolve("bin/supervisorctl").toString(),
                "a b", "", "x\"y", "$HOME", "*", "-c");
        List<String> args = result.stdout().lines().toList();
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(List.of("[a b]", "[]", "[x\"y]", "[$HOME]", "[*]", "[-c]"),
                args.subList(args.size() - 6, args.size()));
        assertTrue(args.contains("[-Da=1]") && args.contains("[-Db=2]"), result.stdout());
        String classPath = args.get(args.indexOf("[-cp]") + 1);
        assertTrue(classPath.contains(Dist.home().resolve("lib/supervisorctl.jar").toString()),
                classPath);
        assertTrue(!classPath.contains("*"), "class path must list jars explicitly: " + classPath);
    }

    @Test
    void javaOlderThan17IsRefusedWithOneLine() throws Exception {
        Path fakeJdk = fakeJdk("11.0.2");
        Launch.Result result = Launch.run(tmp, Map.of("JAVA_HOME", fakeJdk.toString()),
                Dist.home().resolve("bin/supervisord").toString(), "-v");
        assertEquals(1, result.exitCode());
        assertEquals("", result.stdout());
        assertEquals("supervisord: " + fakeJdk.resolve("bin/java")
                + " is Java 11; Java 17 or newer is required (set JAVA_HOME)\n", result.stderr());
    }

    /** A JDK-shaped directory whose java prints each argument in brackets, one per line. */
    private Path fakeJdk(String version) throws IOException {
        Path jdk = Files.createDirectories(tmp.resolve("jdk-" + version).resolve("bin"))
                .getParent();
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path java = jdk.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '[%s]\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return jdk;
    }

    private static boolean hasEchoConfMain() throws IOException {
        try (ZipFile jar = new ZipFile(Dist.home().resolve("lib/echo-conf.jar").toFile())) {
            return jar.getEntry("dev/jsupervisor/echoconf/EchoConfMain.class") != null;
        }
    }
}
