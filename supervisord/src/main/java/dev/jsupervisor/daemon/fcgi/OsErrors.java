package dev.jsupervisor.daemon.fcgi;

import dev.jsupervisor.config.value.PyRepr;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Turns the JDK's socket and file exceptions back into Python's OSError texts. The JDK keeps only
 * strerror's text (or, for some file errors, only the exception class), so the errno number is
 * recovered by looking the text up in this C library's own strerror table.
 */
final class OsErrors {
    private static final int HIGHEST_ERRNO = 133;
    private static final int EACCES = 13;
    private static final int ENOENT = 2;
    private static final int ENOTDIR = 20;
    private static final int EISDIR = 21;

    private final IntFunction<String> strerror;
    private Map<String, Integer> byText;

    OsErrors(IntFunction<String> strerror) {
        this.strerror = strerror;
    }

    /** {@code [Errno n] text} for a socket call's failure (bind, listen). */
    String socketError(IOException e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("path too long")) {
            return Messages.PATH_TOO_LONG;
        }
        Integer errno = errnoOf(text);
        return errno == null ? text : Messages.osError(errno, text);
    }

    /** {@code [Errno n] text: 'path'} for a failed file operation on {@code path}. */
    String fileError(IOException e, String path) {
        int errno;
        if (e instanceof AccessDeniedException) {
            errno = EACCES;
        } else if (e instanceof NoSuchFileException) {
            errno = ENOENT;
        } else if (e instanceof NotDirectoryException) {
            errno = ENOTDIR;
        } else {
            String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
            Integer found = errnoOf(String.valueOf(reason));
            if (found == null) {
                return reason + ": " + PyRepr.of(path);
            }
            errno = found;
        }
        return Messages.osError(errno, strerror.apply(errno), path);
    }

    /** What unlink(2) says about a directory. */
    String isADirectory(String path) {
        return Messages.osError(EISDIR, strerror.apply(EISDIR), path);
    }

    private Integer errnoOf(String text) {
        if (byText == null) {
            byText = new HashMap<>();
            for (int errno = HIGHEST_ERRNO; errno >= 1; errno--) {
                byText.put(strerror.apply(errno), errno);   // lowest number wins for shared texts
            }
        }
        return byText.get(text);
    }
}
