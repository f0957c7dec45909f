package dev.jsupervisor.daemon.os;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/** The stat(2)/access(2) facts CommandResolver needs; an interface so tests can fake a non-root view. */
public interface FileProbe {

    /** stat() following symbolic links; empty when it fails for any reason. */
    Optional<Stat> stat(String filename);

    /** access(filename, X_OK) with the real uid. */
    boolean accessExecutable(String filename);

    /** The two facts of a stat result that matter here. */
    record Stat(boolean directory, boolean anyExecuteBit) {}

    /** The real filesystem, through java.nio.file (relative names resolve against user.dir). */
    FileProbe SYSTEM = new FileProbe() {
        @Override
        public Optional<Stat> stat(String filename) {
            // java.nio would read "" as the current directory and drop a trailing '/', where
            // stat(2) fails with ENOENT and ENOTDIR (for a non-directory) respectively.
            if (filename.isEmpty()) {
                return Optional.empty();
            }
            try {
                PosixFileAttributes a = Files.readAttributes(Path.of(filename), PosixFileAttributes.class);
                if (filename.endsWith("/") && !a.isDirectory()) {
                    return Optional.empty();
                }
                Set<PosixFilePermission> p = a.permissions();
                boolean x = p.contains(PosixFilePermission.OWNER_EXECUTE)
                        || p.contains(PosixFilePermission.GROUP_EXECUTE)
                        || p.contains(PosixFilePermission.OTHERS_EXECUTE);
                return Optional.of(new Stat(a.isDirectory(), x));
            } catch (IOException | InvalidPathException | UnsupportedOperationException e) {
                return Optional.empty();
            }
        }

        @Override
        public boolean accessExecutable(String filename) {
            try {
                return !filename.isEmpty() && Files.isExecutable(Path.of(filename));
            } catch (InvalidPathException e) {
                return false;
            }
        }
    };
}
