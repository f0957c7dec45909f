package dev.jsupervisor.e2e.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tarball holds the dist tree under one top-level folder, with launchers executable. */
class TarballTest {
    @Test
    void tarballListsTheSameTreeWithExecutableLaunchers() throws IOException {
        Path dist = Dist.home();
        Path tarball = Dist.tarball();
        String file = tarball.getFileName().toString();
        String top = file.substring(0, file.length() - ".tar.gz".length()) + "/";

        Map<String, Integer> entries = new TreeMap<>();
        TarReader.entries(tarball).forEach((name, mode) -> {
            assertTrue(name.startsWith(top), "outside " + top + ": " + name);
            String relative = name.substring(top.length());
            if (!relative.isEmpty()) {
                entries.put(relative, mode);
            }
        });

        assertEquals(tree(dist).keySet(), entries.keySet());
        for (String launcher : LauncherTest.LAUNCHERS) {
            assertEquals(0755, entries.get("bin/" + launcher) & 0777, "mode of bin/" + launcher);
        }
    }

    /**
     * Every file and directory below dist, directories with a trailing slash as tar has them;
     * without the class-data archives, which fit only the directory they were made in
     * (libexec/make-cds-archives makes them where the tarball is unpacked).
     */
    private static Map<String, Integer> tree(Path dist) throws IOException {
        Map<String, Integer> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dist)) {
            walk.filter(p -> !p.equals(dist) && !p.getFileName().toString().matches(".*\\.jsa(\\.for)?"))
                    .forEach(p -> tree.put(
                    dist.relativize(p).toString() + (Files.isDirectory(p) ? "/" : ""), 0));
        }
        return tree;
    }
}
