package dev.jsupervisor.daemon.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoChildLogsTest {
    /** Names the reference (4.2.5) created: cat-stdout---supervisor-cxx8ulor.log, gen-stdout---supervisor-ia_0o7_r.log. */
    private static final Pattern REFERENCE_SHAPE = Pattern.compile("[^/]+-(stdout|stderr)---supervisor-[a-z0-9_]{8}\\.log");

    @TempDir Path dir;

    private TreeSet<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void createMakesAnEmptyOwnerOnlyFileNamedLikeMkstemp() throws IOException {
        Path p = AutoChildLogs.create(dir, "cat", "stdout", "supervisor", new Random(1));
        assertEquals(dir, p.getParent());
        assertTrue(REFERENCE_SHAPE.matcher(p.getFileName().toString()).matches(), p.toString());
        assertTrue(p.getFileName().toString().startsWith("cat-stdout---supervisor-"));
        assertEquals(0, Files.size(p));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
        assertTrue(REFERENCE_SHAPE.matcher("cat-stdout---supervisor-cxx8ulor.log").matches());
        assertTrue(REFERENCE_SHAPE.matcher("gen-stdout---supervisor-ia_0o7_r.log").matches());
    }

    @Test
    void createNeverReusesAnExistingName() throws IOException {
        Path first = AutoChildLogs.create(dir, "p", "stderr", "id", new Random(7));
        Path second = AutoChildLogs.create(dir, "p", "stderr", "id", new Random(7)); // same first draw
        assertFalse(first.equals(second));
        assertEquals(2, names().size());
    }

    /** The same directory the reference cleaned at startup (see report): same survivors, same warning. */
    @Test
    void cleanupMatchesTheReference() throws IOException {
        for (String name : List.of("old---supervisor-abc.log", "old---supervisor-abc.log.3", "keep.log",
                "x---supervisor-q.log.12345", "cat-stdout---supervisor-cxx8ulor.log.10",
                "other---super-abc.log", "y---supervisor-.log", "z---supervisor-a b.log", "a---supervisor-b.log_x")) {
            Files.writeString(dir.resolve(name), "");
        }
        Files.createDirectory(dir.resolve("d---supervisor-x.log"));
        List<String> warnings = AutoChildLogs.cleanup(dir.toString() + "/", "supervisor");
        assertEquals(List.of("Failed to clean up '" + dir + "/d---supervisor-x.log'"), warnings);
        assertEquals(new TreeSet<>(List.of("d---supervisor-x.log", "keep.log", "other---super-abc.log",
                "y---supervisor-.log", "z---supervisor-a b.log")), names());
    }

    @Test
    void otherIdentifiersAreLeftAlone() throws IOException {
        Files.writeString(dir.resolve("p-stdout---mine-abcdefgh.log"), "");
        Files.writeString(dir.resolve("p-stdout---theirs-abcdefgh.log"), "");
        assertEquals(List.of(), AutoChildLogs.cleanup(dir.toString(), "mine"));
        assertEquals(new TreeSet<>(List.of("p-stdout---theirs-abcdefgh.log")), names());
    }

    @Test
    void unlistableDirectoryGivesOneWarning() {
        assertEquals(List.of("Could not clear childlog dir"),
                AutoChildLogs.cleanup(dir.resolve("missing").toString(), "supervisor"));
        assertEquals(List.of("Could not clear childlog dir"), AutoChildLogs.cleanup("", "supervisor"));
    }

    @Test
    void identifierIsARegexLikeInTheReference() {
        // "." in the identifier matches any character, as Python's re would
        assertTrue(AutoChildLogs.cleanupPattern("a.b").matcher("p---axb-1.log").lookingAt());
        // an identifier that is not a valid pattern is taken literally instead of failing
        assertTrue(AutoChildLogs.cleanupPattern("a(b").matcher("p---a(b-1.log").lookingAt());
    }
}
