package dev.jsupervisor.daemon.log;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code tail -f} of one file for /logtail and /mainlogtail (spec 8.2): first the last
 * {@code head} bytes (the whole file when shorter), then whatever is appended. It follows the
 * name the way the reference does: a different inode under the name (rotation) means the new
 * file is read from its start; a file that got shorter yields {@link Messages#FILE_TRUNCATED}
 * and is read again from its start; a name that vanished keeps the open file.
 */
public final class FileFollower implements Closeable {
    private static final byte[] TRUNCATED = Messages.FILE_TRUNCATED.getBytes(StandardCharsets.UTF_8);

    private final Path path;
    private FileChannel file;
    private Object inode;
    /** How much of the open file has been handed out. */
    private long position;

    private FileFollower(Path path) {
        this.path = path;
    }

    /** Opens {@code path}; the first {@link #next} returns its last {@code head} bytes. */
    public static FileFollower open(Path path, long head) throws IOException {
        FileFollower follower = new FileFollower(path);
        follower.reopen();
        long size = follower.file.size();
        follower.position = size >= head ? size - head : 0;
        return follower;
    }

    /**
     * What is new since the last call, at most {@code max} bytes (the rest comes next time);
     * an empty array when nothing is.
     */
    public byte[] next(int max) throws IOException {
        followRotation();
        long size = file.size();
        if (size < position) {
            position = 0;
            return TRUNCATED.clone();
        }
        if (size == position) {
            return new byte[0];
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(max, size - position));
        while (buffer.hasRemaining()) {
            int n = file.read(buffer, position + buffer.position());
            if (n < 0) {
                break;
            }
        }
        buffer.flip();
        byte[] data = new byte[buffer.remaining()];
        buffer.get(data);
        position += data.length;
        return data;
    }

    private void followRotation() throws IOException {
        Object now;
        try {
            now = Files.getAttribute(path, "unix:ino");
        } catch (IOException e) {
            return;   // removed: keep reading what we have open
        }
        if (!now.equals(inode)) {
            file.close();
            reopen();
        }
    }

    private void reopen() throws IOException {
        file = FileChannel.open(path, StandardOpenOption.READ);
        inode = Files.getAttribute(path, "unix:ino");
        position = 0;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
