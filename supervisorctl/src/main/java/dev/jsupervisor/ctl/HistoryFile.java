package dev.jsupervisor.ctl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The shell's history_file in GNU readline's plain format (one entry a line, nothing else),
 * so that the reference's supervisorctl and ours can share one file. Like the reference, a
 * file that cannot be read or written is silently skipped; a new file is made private (0600).
 */
final class HistoryFile {
    private final Path path;

    HistoryFile(String path) {
        this.path = Path.of(path);
    }

    List<String> load() {
        try {
            String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    void save(List<String> entries) {
        StringBuilder text = new StringBuilder();
        for (String entry : entries) {
            text.append(entry).append('\n');
        }
        try {
            if (!Files.exists(path)) {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(path, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // the reference ignores a history file it cannot write
        }
    }
}
