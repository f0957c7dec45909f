package dev.jsupervisor.daemon.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The byte arithmetic behind readLog / readProcess*Log and tailProcess*Log. Results are raw
 * bytes: the RPC layer decodes them (the reference decodes strict UTF-8 there).
 */
public final class LogAccess {
    private LogAccess() {}

    /** tailFile's answer: the bytes, the offset to ask from next time (the file size), overflow. */
    public record Tail(byte[] data, long offset, boolean overflow) {}

    /**
     * read*Log: offset < 0 with length 0 gives the last |offset| bytes; length 0 reads to the end;
     * otherwise up to {@code length} bytes from {@code offset}. A negative offset with a length,
     * or a negative length, is BAD_ARGUMENTS; no path or no file is NO_FILE; I/O errors FAILED.
     */
    public static byte[] readFile(Path path, long offset, long length) throws LogAccessException {
        if (path == null || !Files.exists(path)) {
            throw new LogAccessException(LogAccessException.Fault.NO_FILE);
        }
        // the reference opens the file before it looks at the arguments: unreadable wins
        try (FileChannel in = openForReading(path)) {
            if ((offset < 0 && length != 0) || (offset >= 0 && length < 0)) {
                throw new LogAccessException(LogAccessException.Fault.BAD_ARGUMENTS);
            }
            long size = in.size();
            if (offset < 0) {
                long start = Math.max(0, size + offset);
                return readRange(in, start, size - start);
            }
            long available = Math.max(0, size - offset);
            return readRange(in, offset, length == 0 ? available : Math.min(length, available));
        } catch (IOException e) {
            throw new LogAccessException(LogAccessException.Fault.FAILED, e);
        }
    }

    /**
     * tail*Log: when the file has grown past offset+length the window jumps to its last
     * {@code length} bytes and overflow is set; the returned offset is always the file size.
     * No path or no file gives ('', 0, false); an I/O error gives ('', offset, false).
     */
    public static Tail tailFile(Path path, long offset, long length) {
        if (path == null || !Files.exists(path)) {
            return new Tail(new byte[0], 0, false);
        }
        try (FileChannel in = openForReading(path)) {
            long size = in.size();
            Window window = tailWindow(size, offset, length);
            byte[] data = window.length == 0 ? new byte[0] : readRange(in, window.start, window.length);
            return new Tail(data, size, window.overflow);
        } catch (IOException e) {
            return new Tail(new byte[0], offset, false);
        }
    }

    /** Linux lets a directory be opened for reading; the reference's open() refuses it. */
    private static FileChannel openForReading(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new IOException("Is a directory: " + path);
        }
        return FileChannel.open(path, StandardOpenOption.READ);
    }

    private record Window(long start, long length, boolean overflow) {}

    /** The reference's arithmetic, step by step (including its clamping order). */
    private static Window tailWindow(long size, long offset, long length) {
        boolean overflow = false;
        if (size > offset + length) {
            overflow = true;
            offset = size - 1;
        }
        if (offset + length > size) {
            if (offset > size - 1) {
                length = 0;
            }
            offset = size - length;
        }
        return new Window(Math.max(0, offset), Math.max(0, length), overflow);
    }

    /** Reads up to {@code count} bytes at {@code start}; stops early at end of file. */
    private static byte[] readRange(FileChannel in, long start, long count) throws IOException {
        long capped = Math.min(count, Math.max(0, in.size() - start));
        if (capped > Integer.MAX_VALUE - 8) {
            throw new IOException("log range too large: " + capped);
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(0, capped));
        long position = start;
        while (buffer.hasRemaining()) {
            int n = in.read(buffer, position);
            if (n < 0) {
                break;
            }
            position += n;
        }
        return buffer.flip().remaining() == buffer.capacity() ? buffer.array() : copy(buffer);
    }

    private static byte[] copy(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }
}
