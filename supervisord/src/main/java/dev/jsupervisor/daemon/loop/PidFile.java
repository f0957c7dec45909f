package dev.jsupervisor.daemon.loop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The pidfile: {@code <pid>\n}, removed at exit only if this run wrote it. */
final class PidFile {
    private final Path path;
    private boolean written;

    PidFile(String path) {
        this.path = Path.of(path);
    }

    /** Writes the file; false when it cannot be written (the daemon still runs). */
    boolean write(int pid) {
        try {
            Files.writeString(path, pid + "\n", StandardCharsets.US_ASCII);
            written = true;
        } catch (IOException e) {
            written = false;
        }
        return written;
    }

    void removeIfWritten() {
        if (!written) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // the reference ignores a failed unlink too
        }
        written = false;
    }
}
