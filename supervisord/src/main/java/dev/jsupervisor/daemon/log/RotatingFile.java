package dev.jsupervisor.daemon.log;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A log file that is written in whole chunks and rotated by size, shared by the main log and the
 * child logs. Each write lands completely in the current file first; only then is the size
 * checked, so a chunk that crosses maxbytes stays in one piece and no byte is ever dropped
 * (except with backups=0, where rotation means truncation, as in the reference).
 */
public final class RotatingFile implements Closeable {
    private final Path path;
    private final long maxBytes;
    private final int backups;
    private final boolean special;
    private FileChannel channel;

    private RotatingFile(Path path, long maxBytes, int backups, boolean special) {
        this.path = path;
        this.maxBytes = maxBytes;
        this.backups = backups;
        this.special = special;
    }

    /**
     * Opens {@code path} for appending, creating it when missing. maxBytes <= 0 never rotates.
     * Pipes, terminals and other non-regular files (e.g. /dev/stdout) are opened for plain writing;
     * they cannot report a size, so rotating them fails after the write, like the reference.
     */
    public static RotatingFile open(Path path, long maxBytes, int backups) throws IOException {
        boolean special = Files.exists(path) && !Files.isRegularFile(path);
        RotatingFile file = new RotatingFile(path, maxBytes, backups, special);
        file.channel = file.openChannel(false);
        return file;
    }

    public Path path() {
        return path;
    }

    /** Writes all bytes, then rotates if the file has reached maxbytes. */
    public void write(byte[] data, int offset, int length) throws IOException {
        writeAll(data, offset, length);
        rotateIfFull();
    }

    /**
     * The first half of {@link #write}. Child logs call the halves separately because the
     * reference treats their failures differently: a failed write is reported and forgotten,
     * a failed rotation closes the channel.
     */
    void writeAll(byte[] data, int offset, int length) throws IOException {
        if (channel == null) {
            throw new IOException("write to closed file " + path);
        }
        writeAll(ByteBuffer.wrap(data, offset, length));
    }

    /**
     * {@link #writeAll(byte[], int, int)} from a buffer (position to limit). Given a direct buffer,
     * the channel writes straight from it: a heap array would be copied into a temporary direct
     * buffer by the JDK on every write.
     */
    void writeAll(ByteBuffer buffer) throws IOException {
        if (channel == null) {
            throw new IOException("write to closed file " + path);
        }
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    public void write(byte[] data) throws IOException {
        write(data, 0, data.length);
    }

    /** Close and open again by name: picks up a file moved away by logrotate (USR2). */
    public void reopen() throws IOException {
        close();
        channel = openChannel(false);
    }

    /** Close and delete the current file (a missing file is fine); backups stay. */
    public void remove() throws IOException {
        close();
        try {
            Files.delete(path);
        } catch (NoSuchFileException gone) {
            // someone else removed it first: the goal is reached
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            FileChannel old = channel;
            channel = null;
            old.close();
        }
    }

    /** The second half of {@link #write}: rename/truncate once the file reached maxbytes. */
    void rotateIfFull() throws IOException {
        if (channel == null) {
            throw new IOException("write to closed file " + path);
        }
        if (maxBytes <= 0 || currentSize() < maxBytes) {
            return;
        }
        close();
        if (backups > 0) {
            shiftBackups();
        }
        channel = openChannel(true);
    }

    /**
     * The size the reference compares with maxbytes: its tell(). In append mode the JDK answers
     * with the file size; for a pipe or terminal the write-only channel's lseek fails (ESPIPE).
     */
    private long currentSize() throws IOException {
        try {
            return channel.position();
        } catch (IOException e) {
            throw new IOException(Messages.ILLEGAL_SEEK, e);
        }
    }

    /** f.(N-1) -> f.N ... f.1 -> f.2, then f -> f.1; a vanished source is skipped. */
    private void shiftBackups() throws IOException {
        for (int i = backups - 1; i > 0; i--) {
            Path source = backup(i);
            if (Files.exists(source)) {
                moveReplacing(source, backup(i + 1));
            }
        }
        moveReplacing(path, backup(1));
    }

    private Path backup(int index) {
        return path.resolveSibling(path.getFileName() + "." + index);
    }

    private static void moveReplacing(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException gone) {
            // e.g. a cleanup script removed the active log: nothing to keep
        }
    }

    /** After a rotation the file starts empty (truncate); otherwise it is appended to. */
    private FileChannel openChannel(boolean fresh) throws IOException {
        if (special && !fresh) {
            return FileChannel.open(path, StandardOpenOption.WRITE);
        }
        OpenOption mode = fresh ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND;
        return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode);
    }
}
