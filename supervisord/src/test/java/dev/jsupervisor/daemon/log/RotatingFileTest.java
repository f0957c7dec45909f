package dev.jsupervisor.daemon.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotatingFileTest {
    @TempDir Path dir;

    private Path file() {
        return dir.resolve("r.log");
    }

    private void writeAll(RotatingFile f, String... chunks) throws IOException {
        for (String chunk : chunks) {
            f.write(chunk.getBytes(StandardCharsets.US_ASCII));
        }
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.US_ASCII);
    }

    private TreeSet<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** Same chunks and limits as a run of the reference's RotatingFileHandler (4.2.5, see report). */
    @Test
    void backupsThreeMatchesTheReferenceIncludingAStraddlingChunk() throws IOException {
        try (RotatingFile f = RotatingFile.open(file(), 10, 3)) {
            writeAll(f, "12345", "6789", "ABCDEFGHIJKLMNOP", "x", "yz", "0123456789", "q");
        }
        assertEquals(new TreeSet<>(List.of("r.log", "r.log.1", "r.log.2")), names());
        assertEquals("q", read("r.log"));
        assertEquals("xyz0123456789", read("r.log.1"));
        assertEquals("123456789ABCDEFGHIJKLMNOP", read("r.log.2"));
    }

    @Test
    void backupsZeroTruncatesLikeTheReference() throws IOException {
        try (RotatingFile f = RotatingFile.open(file(), 10, 0)) {
            writeAll(f, "12345", "6789", "ABCDEFGHIJKLMNOP", "x");
        }
        assertEquals(new TreeSet<>(List.of("r.log")), names());
        assertEquals("x", read("r.log"));
    }

    @Test
    void backupsOneKeepsOnlyTheLastFullFile() throws IOException {
        try (RotatingFile f = RotatingFile.open(file(), 4, 1)) {
            writeAll(f, "aaaa", "bbbb", "cc", "dd", "e");
        }
        assertEquals(new TreeSet<>(List.of("r.log", "r.log.1")), names());
        assertEquals("ccdd", read("r.log.1"));
        assertEquals("e", read("r.log"));
    }

    @Test
    void oldestBackupIsDroppedAndAMissingMiddleBackupIsSkipped() throws IOException {
        Files.writeString(dir.resolve("r.log.3"), "oldest");
        Files.writeString(dir.resolve("r.log.1"), "one");
        try (RotatingFile f = RotatingFile.open(file(), 3, 3)) {
            writeAll(f, "new");
        }
        assertEquals("", read("r.log"));
        assertEquals("new", read("r.log.1"));
        assertEquals("one", read("r.log.2"));
        assertEquals("oldest", read("r.log.3"));
    }

    @Test
    void zeroMaxbytesNeverRotates() throws IOException {
        try (RotatingFile f = RotatingFile.open(file(), 0, 3)) {
            writeAll(f, "x".repeat(100), "y");
        }
        assertEquals(new TreeSet<>(List.of("r.log")), names());
    }

    @Test
    void appendsToAnExistingFileAndCountsItsSize() throws IOException {
        Files.writeString(file(), "12345678");
        try (RotatingFile f = RotatingFile.open(file(), 10, 1)) {
            writeAll(f, "9", "0", "z");
        }
        assertEquals("1234567890", read("r.log.1"));
        assertEquals("z", read("r.log"));
    }

    /**
     * 10k random-sized chunks (0..11 bytes) against maxbytes=7. After every write the oldest
     * backup, if present, is moved to an archive (as a collector would) before the next rotation
     * could overwrite it: archive + backups (oldest first) + current file must equal the input.
     */
    @Test
    void noByteLostAcrossTenThousandRandomChunks() throws IOException {
        for (int backups : new int[] {1, 3}) {
            Path sub = Files.createDirectories(dir.resolve("b" + backups));
            Path oldest = sub.resolve("c.log." + backups);
            Random random = new Random(backups);
            ByteArrayOutputStream input = new ByteArrayOutputStream();
            ByteArrayOutputStream archive = new ByteArrayOutputStream();
            int rotations = 0;
            try (RotatingFile f = RotatingFile.open(sub.resolve("c.log"), 7, backups)) {
                for (int i = 0; i < 10_000; i++) {
                    byte[] chunk = new byte[random.nextInt(12)];
                    random.nextBytes(chunk);
                    input.write(chunk);
                    f.write(chunk);
                    if (Files.exists(oldest)) {
                        archive.write(Files.readAllBytes(oldest));
                        Files.delete(oldest);
                        rotations++;
                    }
                }
            }
            for (int i = backups - 1; i >= 1; i--) {
                archive.write(Files.readAllBytes(sub.resolve("c.log." + i)));
            }
            archive.write(Files.readAllBytes(sub.resolve("c.log")));
            assertArrayEquals(input.toByteArray(), archive.toByteArray(), "backups=" + backups);
            assertTrue(rotations > 3000, "rotations: " + rotations);
            assertFalse(Files.exists(sub.resolve("c.log." + (backups + 1))));
        }
    }

    @Test
    void reopenFollowsTheNameAfterAnExternalRename() throws IOException {
        try (RotatingFile f = RotatingFile.open(file(), 0, 0)) {
            writeAll(f, "one\n");
            Files.move(file(), dir.resolve("r.log.old"));
            writeAll(f, "two\n");
            f.reopen();
            writeAll(f, "three\n");
        }
        assertEquals("one\ntwo\n", read("r.log.old"));
        assertEquals("three\n", read("r.log"));
    }

    @Test
    void removeDeletesOnlyTheCurrentFile() throws IOException {
        try (RotatingFile f = RotatingFile.open(file(), 3, 2)) {
            writeAll(f, "abc", "de");
            f.remove();
            f.remove();
            assertFalse(Files.exists(file()));
            f.reopen();
            writeAll(f, "f");
        }
        assertEquals("abc", read("r.log.1"));
        assertEquals("f", read("r.log"));
    }

    @Test
    void specialFilesAreWrittenWithoutSeeking() throws IOException {
        Path devNull = Path.of("/dev/null");
        assertTrue(Files.exists(devNull));
        try (RotatingFile f = RotatingFile.open(devNull, 0, 0)) {
            writeAll(f, "discarded");
        }
        try (RotatingFile f = RotatingFile.open(devNull, 5, 1)) {
            writeAll(f, "discarded"); // lseek on /dev/null answers 0: never full
        }
    }
}
