package dev.jsupervisor.e2e.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the packaging module put the distribution. By default {@code ../packaging/<dir>/dist}
 * relative to this module, where {@code <dir>} is the build directory these test classes were
 * compiled into (so {@code -Dsv.target=target-x} builds find their own dist). The system property
 * {@code jsupervisor.dist} overrides it.
 */
public final class Dist {
    private Dist() {}

    /** The dist directory; skips the calling test when it was not built. */
    public static Path home() {
        Path dist = locate();
        assumeTrue(Files.isDirectory(dist.resolve("bin")),
                "no distribution at " + dist + ": build the packaging module first (mvn install)");
        return dist;
    }

    /** The one jsupervisor-*.tar.gz beside the dist directory; skips the test when missing. */
    static Path tarball() throws IOException {
        Path buildDir = locate().getParent();
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(buildDir)) {
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(buildDir, "jsupervisor-*.tar.gz")) {
                dir.forEach(found::add);
            }
        }
        assumeTrue(!found.isEmpty(), "no jsupervisor-*.tar.gz in " + buildDir + ": build packaging first");
        assertEquals(1, found.size(), "more than one tarball: " + found);
        return found.get(0);
    }

    private static Path locate() {
        String override = System.getProperty("jsupervisor.dist");
        if (override != null && !override.isEmpty()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        Path buildDir = testClasses().getParent();          // src-test/<dir>/test-classes
        Path module = buildDir.getParent();                 // src-test
        return module.resolveSibling("packaging").resolve(buildDir.getFileName()).resolve("dist");
    }

    private static Path testClasses() {
        try {
            return Path.of(Dist.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the test classes", e);
        }
    }
}
