package dev.jsupervisor.daemon.log;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * AUTO child logs: allocating their files like Python's mkstemp and removing the old ones at
 * (re)start. The names carry the identifier so that several supervisords can share childlogdir.
 */
public final class AutoChildLogs {
    /** mkstemp's alphabet and name length, and how often it tries before giving up. */
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_";
    private static final int RANDOM_LENGTH = 8;
    private static final int ATTEMPTS = 10_000;

    private AutoChildLogs() {}

    /** The fixed part of the name: {@code <procname>-<channel>---<identifier>-}. */
    public static String prefix(String processName, String channel, String identifier) {
        return processName + "-" + channel + "---" + identifier + "-";
    }

    /**
     * Creates a new empty file {@code <prefix><8 random chars>.log} in {@code dir}, exclusively
     * and readable by the owner only (mode 0600, as mkstemp), and returns its path.
     */
    public static Path create(Path dir, String processName, String channel, String identifier,
            RandomGenerator random) throws IOException {
        String prefix = prefix(processName, channel, identifier);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Path candidate = dir.resolve(prefix + randomPart(random) + ".log");
            try {
                return Files.createFile(candidate,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException taken) {
                // another name, as mkstemp does
            }
        }
        throw new FileAlreadyExistsException(dir.toString(), null, "No usable temporary file name found");
    }

    private static String randomPart(RandomGenerator random) {
        StringBuilder part = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            part.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return part.toString();
    }

    /**
     * The reference's pattern for old AUTO logs and their backups, matched from the start of the
     * name only. The identifier is inserted as a regular expression, unescaped, as the reference
     * does; should it not compile here, it is taken literally instead.
     */
    public static Pattern cleanupPattern(String identifier) {
        int flags = Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;
        String tail = "-\\S+\\.log\\.{0,1}\\d{0,4}";
        try {
            return Pattern.compile(".+?---" + identifier + tail, flags);
        } catch (PatternSyntaxException e) {
            return Pattern.compile(".+?---" + Pattern.quote(identifier) + tail, flags);
        }
    }

    /**
     * Removes every entry of {@code dir} whose name matches {@link #cleanupPattern}. Returns the
     * warnings to log (WARN), in the reference's words: one if the directory cannot be listed,
     * one per entry that cannot be removed (a directory, say). The directory is taken as the
     * configured string because the warning shows it unnormalized.
     */
    public static List<String> cleanup(String childlogdir, String identifier) {
        Pattern pattern = cleanupPattern(identifier);
        List<String> warnings = new ArrayList<>();
        List<Path> entries = new ArrayList<>();
        if (childlogdir.isEmpty()) {
            // Path.of("") would be the working directory; the reference fails to list ""
            warnings.add(Messages.COULD_NOT_CLEAR_CHILDLOG_DIR);
            return warnings;
        }
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(Path.of(childlogdir))) {
            listing.forEach(entries::add);
        } catch (IOException | RuntimeException e) {
            warnings.add(Messages.COULD_NOT_CLEAR_CHILDLOG_DIR);
            return warnings;
        }
        for (Path entry : entries) {
            if (pattern.matcher(entry.getFileName().toString()).lookingAt() && !remove(entry)) {
                warnings.add(Messages.failedToCleanUp(joined(childlogdir, entry)));
            }
        }
        return warnings;
    }

    /** Like unlink(2): directories are refused, symlinks removed themselves. */
    private static boolean remove(Path entry) {
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.delete(entry);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** os.path.join(dir, name): no second slash when dir already ends with one. */
    private static String joined(String d, Path entry) {
        String name = entry.getFileName().toString();
        return d.isEmpty() || d.endsWith("/") ? d + name : d + "/" + name;
    }

    /** Convenience for startup: cleans up and logs each warning at WARN. */
    public static void cleanup(String childlogdir, String identifier, MainLog log) {
        cleanup(childlogdir, identifier).forEach(log::warn);
    }
}
