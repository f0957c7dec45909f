package dev.jsupervisor.config.launch;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard output and error. Text is written exactly as given (no platform line separators). */
public record Console(PrintStream out, PrintStream err) {
    /** The process's stdout/stderr in UTF-8, which is what the reference's Python writes. */
    public static Console system() {
        return new Console(utf8(FileDescriptor.out), utf8(FileDescriptor.err));
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }

    public void print(String text) {
        out.print(text);
        out.flush();
    }

    public void printError(String text) {
        err.print(text);
        err.flush();
    }
}
