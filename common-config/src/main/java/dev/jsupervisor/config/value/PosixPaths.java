package dev.jsupervisor.config.value;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Python's posixpath functions that Supervisor applies to config values, evaluated against an
 * explicit {@link PathContext} rather than the JVM's working directory and environment.
 */
public final class PosixPaths {
    private PosixPaths() {}

    /**
     * os.path.expanduser: "~" and "~/x" use {@code paths.home()} (left unexpanded when that is null,
     * where Python would fall back to the password database); "~user/x" asks {@code accounts}.
     */
    public static String expandUser(String path, PathContext paths, Accounts accounts) {
        if (!path.startsWith("~")) {
            return path;
        }
        int slash = path.indexOf('/', 1);
        int end = slash < 0 ? path.length() : slash;
        Optional<String> home = end == 1
                ? Optional.ofNullable(paths.home())
                : accounts.homeOf(path.substring(1, end));
        if (home.isEmpty()) {
            return path;
        }
        String joined = stripTrailingSlashes(home.get()) + path.substring(end);
        return joined.isEmpty() ? "/" : joined;
    }

    private static String stripTrailingSlashes(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }

    /** os.path.dirname: everything before the last '/', trailing slashes removed unless all slashes. */
    public static String dirname(String path) {
        String head = path.substring(0, path.lastIndexOf('/') + 1);
        if (!head.isEmpty() && !head.chars().allMatch(c -> c == '/')) {
            head = stripTrailingSlashes(head);
        }
        return head;
    }

    /** os.path.isabs. */
    public static boolean isAbsolute(String path) {
        return path.startsWith("/");
    }

    /** os.path.abspath against {@code cwd} (which must itself be absolute). */
    public static String absolute(String path, String cwd) {
        return normalize(isAbsolute(path) ? path : join(cwd, path));
    }

    /** os.path.join of two parts. */
    public static String join(String first, String second) {
        if (isAbsolute(second) || first.isEmpty()) {
            return second;
        }
        return first.endsWith("/") ? first + second : first + "/" + second;
    }

    /** os.path.normpath: collapses "//", "." and "..", keeps exactly two leading slashes. */
    public static String normalize(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int leadingSlashes = 0;
        if (path.startsWith("/")) {
            leadingSlashes = path.startsWith("//") && !path.startsWith("///") ? 2 : 1;
        }
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            boolean canPop = !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..");
            if (!part.equals("..") || (leadingSlashes == 0 && !canPop)) {
                parts.add(part);
            } else if (canPop) {
                parts.remove(parts.size() - 1);
            }
        }
        String result = "/".repeat(leadingSlashes) + String.join("/", parts);
        return result.isEmpty() ? "." : result;
    }

    /** os.path.isdir, a relative path taken relative to {@code cwd}; follows symlinks. */
    public static boolean isDirectory(String path, String cwd) {
        if (path.isEmpty()) {
            return false; // os.stat('') fails
        }
        try {
            return Files.isDirectory(Path.of(isAbsolute(path) ? path : join(cwd, path)));
        } catch (InvalidPathException e) {
            return false; // e.g. an embedded NUL: Python's isdir also answers False
        }
    }
}
