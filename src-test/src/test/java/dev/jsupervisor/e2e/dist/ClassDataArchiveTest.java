package dev.jsupervisor.e2e.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archives the build makes (libexec/make-cds-archives): used where they were
 * made, ignored without a word anywhere else (a mismatched archive would switch class sharing
 * off or, with -Xshare:on, stop the JVM).
 */
class ClassDataArchiveTest {
    @TempDir Path tmp;

    @Test
    void theBuildMakesOneArchivePerToolFamilyForThisDirectory() throws IOException {
        Path lib = Dist.home().resolve("lib");
        for (String tool : new String[] {"supervisord", "supervisorctl"}) {
            assertTrue(Files.isRegularFile(lib.resolve(tool + ".jsa")), "missing " + tool + ".jsa");
            String madeFor = Files.readString(lib.resolve(tool + ".jsa.for")).strip();
            assertTrue(madeFor.startsWith(Dist.home().toRealPath() + " "), madeFor);
        }
    }

    @Test
    void inPlaceTheArchivesFitTheLaunchersClassPath() throws Exception {
        // -Xshare:on makes the JVM fail instead of silently running without the archive.
        Map<String, String> strict = Map.of("JSUPERVISOR_JAVA_OPTS", "-Xshare:on");
        for (String tool : new String[] {"supervisord", "supervisorctl"}) {
            Launch.Result result = Launch.run(tmp, strict, Dist.home().resolve("bin/" + tool).toString(), "-h");
            assertEquals("", result.stderr(), tool);
        }
    }

    @Test
    void pluginJarsAppendedToTheClassPathKeepTheArchivesUsable() throws Exception {
        Path jar = tmp.resolve("plugin.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("README"));
            out.closeEntry();
        }
        // Appended entries still match the archive's class path: -Xshare:on would stop the JVM otherwise.
        Map<String, String> strict = Map.of("JSUPERVISOR_JAVA_OPTS", "-Xshare:on", "JSUPERVISOR_CLASSPATH",
                jar.toString());
        for (String tool : new String[] {"supervisord", "supervisorctl"}) {
            Launch.Result result = Launch.run(tmp, strict, Dist.home().resolve("bin/" + tool).toString(), "-h");
            assertEquals("", result.stderr(), tool);
            assertEquals(0, result.exitCode(), tool);
        }
    }

    @Test
    void aMovedCopyRunsWithoutItsArchivesAndSaysNothing() throws Exception {
        Path copy = tmp.resolve("moved");
        copyTree(Dist.home(), copy);
        Launch.Result result = Launch.run(tmp, copy.resolve("bin/supervisord").toString(), "-v");
        assertEquals(new Launch.Result(0, "4.2.5\n", ""), result);
        Launch.Result strict = Launch.run(tmp, Map.of("JSUPERVISOR_JAVA_OPTS", "-Xshare:on"),
                copy.resolve("bin/supervisorctl").toString(), "-h");
        assertEquals("", strict.stderr(), "the default JDK archive is used instead");
    }

    @Test
    void remakingTheArchivesInTheMovedCopyMakesThemFitThere() throws Exception {
        Path copy = tmp.resolve("moved");
        copyTree(Dist.home(), copy);
        Launch.Result made = Launch.run(tmp, copy.resolve("libexec/make-cds-archives").toString());
        assertEquals(0, made.exitCode(), made.stderr());
        String madeFor = Files.readString(copy.resolve("lib/supervisord.jsa.for")).strip();
        assertTrue(madeFor.startsWith(copy.toRealPath() + " "), madeFor);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
