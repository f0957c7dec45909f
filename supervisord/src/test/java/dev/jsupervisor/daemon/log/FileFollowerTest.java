package dev.jsupervisor.daemon.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFollowerTest {
    @TempDir
    Path dir;

    private static String next(FileFollower f) throws Exception {
        return new String(f.next(1 << 16), StandardCharsets.UTF_8);
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void startsWithTheLastHeadBytesThenFollows() throws Exception {
        Path file = dir.resolve("x.log");
        append(file, "0123456789");
        try (FileFollower f = FileFollower.open(file, 4)) {
            assertEquals("6789", next(f));
            assertEquals("", next(f));
            append(file, "ab");
            assertEquals("ab", next(f));
        }
    }

    @Test
    void aShortFileIsSentWhole() throws Exception {
        Path file = dir.resolve("x.log");
        append(file, "abc");
        try (FileFollower f = FileFollower.open(file, 1024)) {
            assertEquals("abc", next(f));
        }
    }

    @Test
    void truncationIsAnnouncedThenReadFromTheStart() throws Exception {
        Path file = dir.resolve("x.log");
        append(file, "abcdef");
        try (FileFollower f = FileFollower.open(file, 1024)) {
            assertEquals("abcdef", next(f));
            Files.write(file, new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
            append(file, "xy");
            assertEquals("==> File truncated <==\n", next(f));
            assertEquals("xy", next(f));
        }
    }

    @Test
    void followsRotationByNameAndKeepsAnUnlinkedFile() throws Exception {
        Path file = dir.resolve("x.log");
        append(file, "old");
        try (FileFollower f = FileFollower.open(file, 1024)) {
            assertEquals("old", next(f));
            Files.move(file, dir.resolve("x.log.1"));
            append(dir.resolve("x.log.1"), "+tail");
            assertEquals("+tail", next(f), "no file under the name: the open one is read on");
            append(file, "new file");
            assertEquals("new file", next(f), "a new inode under the name is read from its start");
        }
    }

    @Test
    void readsAtMostTheAskedAmountPerCall() throws Exception {
        Path file = dir.resolve("x.log");
        append(file, "");
        try (FileFollower f = FileFollower.open(file, 1024)) {
            append(file, "abcdefgh");
            assertEquals("abc", new String(f.next(3), StandardCharsets.UTF_8));
            assertEquals("defgh", next(f));
        }
    }
}
