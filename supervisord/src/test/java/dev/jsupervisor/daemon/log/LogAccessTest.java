package dev.jsupervisor.daemon.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogAccessTest {
    @TempDir Path dir;
    private Path file;

    @BeforeEach
    void write100Bytes() throws IOException {
        // 5 lines of 20 bytes, like the reference run quoted in the report
        StringBuilder s = new StringBuilder();
        for (int i = 195; i < 200; i++) {
            s.append(String.format("line%04d-abcdefghij\n", i));
        }
        file = Files.writeString(dir.resolve("x.log"), s);
    }

    private String read(long offset, long length) throws LogAccessException {
        return new String(LogAccess.readFile(file, offset, length), StandardCharsets.UTF_8);
    }

    private String tail(long offset, long length) {
        LogAccess.Tail t = LogAccess.tailFile(file, offset, length);
        return new String(t.data(), StandardCharsets.UTF_8) + "|" + t.offset() + "|" + t.overflow();
    }

    private LogAccessException.Fault readFault(Path path, long offset, long length) {
        return assertThrows(LogAccessException.class, () -> LogAccess.readFile(path, offset, length)).fault();
    }

    @Test
    void readFileCases() throws LogAccessException {
        assertEquals("ghij\n", read(-5, 0));
        assertEquals(100, read(-500, 0).length());
        assertEquals("", read(500, 0));
        assertEquals("bcdefghij\n", read(90, 1000));
        assertEquals("line0195", read(0, 8));
        assertEquals(100, read(0, 0).length());
        assertEquals("ine0196-", read(21, 8));
    }

    @Test
    void readFileFaults() throws IOException {
        assertEquals(LogAccessException.Fault.BAD_ARGUMENTS, readFault(file, -5, 3));
        assertEquals(LogAccessException.Fault.BAD_ARGUMENTS, readFault(file, 5, -3));
        assertEquals(LogAccessException.Fault.NO_FILE, readFault(dir.resolve("none"), 0, 0));
        assertEquals(LogAccessException.Fault.NO_FILE, readFault(null, 0, 0));
        assertEquals(LogAccessException.Fault.FAILED, readFault(dir, 0, 0));
        // the file is opened before the arguments are checked
        assertEquals(LogAccessException.Fault.FAILED, readFault(dir, -5, 3));
    }

    /** Expected values are the reference's answers for the same 100-byte file. */
    @Test
    void tailFileArithmetic() {
        assertEquals("bcdefghij\n|100|true", tail(0, 10));
        assertEquals("bcdefghij\n|100|false", tail(95, 10));
        assertEquals("|100|false", tail(200, 10));
        assertEquals("bcdefghij\n|100|true", tail(-5, 10));
        assertEquals("|100|false", tail(100, 10));
        assertEquals("j\n|100|false", tail(98, 2));
        assertEquals("|100|true", tail(0, -5));
        assertEquals("|100|false", tail(100, 0));
    }

    @Test
    void tailOfNothing() throws IOException {
        assertEquals(0, LogAccess.tailFile(null, 7, 1).offset());
        LogAccess.Tail missing = LogAccess.tailFile(dir.resolve("none"), 7, 1);
        assertEquals(0, missing.offset());
        LogAccess.Tail empty = LogAccess.tailFile(Files.writeString(dir.resolve("e"), ""), 0, 10);
        assertEquals(0, empty.data().length);
        assertEquals(0, empty.offset());
        assertEquals(false, empty.overflow());
        LogAccess.Tail unreadable = LogAccess.tailFile(dir, 7, 1);
        assertEquals(7, unreadable.offset());
    }
}
