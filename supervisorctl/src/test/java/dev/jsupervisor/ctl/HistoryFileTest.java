package dev.jsupervisor.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** readline's plain history format: one entry a line, blanks kept, new files private. */
class HistoryFileTest {
    @TempDir Path dir;

    @Test
    void roundTripKeepsEntriesAsTyped() throws Exception {
        HistoryFile file = new HistoryFile(dir.resolve("h").toString());
        file.save(List.of("version ", "status", "tail foo\\bar"));
        assertEquals("version \nstatus\ntail foo\\bar\n", Files.readString(dir.resolve("h")));
        assertEquals(List.of("version ", "status", "tail foo\\bar"), file.load());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("h"))));
    }

    @Test
    void missingOrUnwritableFilesAreSkipped() {
        HistoryFile missing = new HistoryFile(dir.resolve("no/such/dir/h").toString());
        assertEquals(List.of(), missing.load());
        missing.save(List.of("status")); // no exception, as the reference ignores IOError
    }

    @Test
    void anEmptySessionWritesAnEmptyFile() throws Exception {
        new HistoryFile(dir.resolve("h").toString()).save(List.of());
        assertEquals("", Files.readString(dir.resolve("h")));
    }
}
