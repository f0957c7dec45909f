package dev.jsupervisor.e2e.echoconf;

import dev.jsupervisor.e2e.echoconf.SampleLines.Kind;
import dev.jsupervisor.e2e.echoconf.SampleLines.Line;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Textual transforms the tests apply identically to both samples. They only look at the line
 * classification and at values, never at the prose, so equal structures give equal results.
 */
final class SampleVariants {
    private SampleVariants() {}

    /**
     * Enables everything: drops the single leading ';' of every disabled header and disabled option.
     * Options under a disabled header therefore come to life together with their section.
     */
    static String uncommentAll(String text) {
        StringBuilder out = new StringBuilder();
        for (Line l : SampleLines.classify(text)) {
            boolean disabled = l.kind() == Kind.COMMENTED_SECTION || l.kind() == Kind.COMMENTED_OPTION;
            out.append(disabled ? l.raw().substring(1) : l.raw()).append('\n');
        }
        return out.toString();
    }

    /**
     * Makes a sample usable on this machine without touching shared locations:
     *
     * <ol>
     *   <li>every "/tmp" becomes {@code workDir} (socket, logs, pidfile, directory=, childlogdir=);
     *   <li>enabled {@code user=} options name the account running the tests, because the samples' example
     *       accounts do not exist and an unknown user is a parse error;
     *   <li>enabled {@code *logfile=} options with some other absolute path (the samples' "/a/path") are moved
     *       under {@code workDir}, and their parent directories created, since the parent must exist;
     *   <li>for each name in an enabled {@code programs=} list that has no [program:name] section, a minimal
     *       one is appended, since a group naming an unknown program is a parse error.
     * </ol>
     *
     * Each step is a no-op for the plain samples except the first.
     */
    static String makeRunnable(String text, Path workDir) {
        String dir = workDir.toAbsolutePath().toString();
        List<Line> lines = SampleLines.classify(text.replace("/tmp", dir));
        StringBuilder out = new StringBuilder();
        Set<String> programs = new LinkedHashSet<>();
        Set<String> wanted = new LinkedHashSet<>();
        for (Line l : lines) {
            if (l.kind() == Kind.SECTION && l.section().startsWith("program:")) {
                programs.add(l.section().substring("program:".length()));
            }
            if (l.kind() != Kind.OPTION) {
                out.append(l.raw()).append('\n');
                continue;
            }
            String value = l.value();
            if (l.key().equals("user")) {
                value = System.getProperty("user.name");
            } else if (l.key().endsWith("logfile") && value.startsWith("/") && !value.startsWith(dir)) {
                value = dir + value;
                createParent(Path.of(value));
            } else if (l.key().equals("programs") && l.section().startsWith("group:")) {
                for (String name : value.split(",")) {
                    wanted.add(name.strip());
                }
            }
            // Unchanged lines keep their remark; a rewritten one is emitted bare.
            out.append(value.equals(l.value()) ? l.raw() : l.key() + "=" + value).append('\n');
        }
        for (String name : wanted) {
            if (!programs.contains(name)) {
                out.append("\n[program:").append(name).append("]\ncommand=/bin/true\n");
            }
        }
        return out.toString();
    }

    /** Writes {@code text} as {@code dir/supervisord.conf} (same file name for both samples, so messages match). */
    static Path write(Path dir, String text) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("supervisord.conf");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createParent(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
