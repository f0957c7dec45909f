package dev.jsupervisor.config.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Python's glob.glob() for [include] files= patterns: '*', '?' and '[...]' per path component,
 * hidden names only matched by patterns starting with '.', results spelled as the pattern joins
 * them (not normalized), unsorted.
 */
final class IncludeGlob {
    private static final Pattern MAGIC = Pattern.compile("[*?\\[]");

    private IncludeGlob() {}

    static List<String> glob(String pattern) {
        return glob(pattern, false);
    }

    private static List<String> glob(String pattern, boolean dirsOnly) {
        String dir = ConfigFiles.dirname(pattern);
        int slash = pattern.lastIndexOf('/');
        String base = slash < 0 ? pattern : pattern.substring(slash + 1);
        List<String> out = new ArrayList<>();
        if (!hasMagic(pattern)) {
            boolean exists = base.isEmpty() ? isDir(dir) : exists(pattern);
            if (exists && (!dirsOnly || isDir(pattern))) {
                out.add(pattern);
            }
            return out;
        }
        List<String> dirs = !dir.equals(pattern) && hasMagic(dir) ? glob(dir, true) : List.of(dir);
        for (String d : dirs) {
            for (String name : matchesIn(d, base, dirsOnly)) {
                out.add(ConfigFiles.join(d, name));
            }
        }
        return out;
    }

    private static List<String> matchesIn(String dir, String base, boolean dirsOnly) {
        if (!hasMagic(base)) {
            String full = ConfigFiles.join(dir, base);
            boolean ok = base.isEmpty() ? isDir(dir) : exists(full) && (!dirsOnly || isDir(full));
            return ok ? List.of(base) : List.of();
        }
        Pattern regex = Pattern.compile(translate(base), Pattern.DOTALL);
        boolean allowHidden = base.startsWith(".");
        List<String> names = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of(dir.isEmpty() ? "." : dir))) {
            entries.forEach(p -> {
                String name = p.getFileName().toString();
                if ((allowHidden || !name.startsWith(".")) && regex.matcher(name).matches()
                        && (!dirsOnly || Files.isDirectory(p))) {
                    names.add(name);
                }
            });
        } catch (IOException | RuntimeException e) {
            return List.of(); // like os.scandir failures: no matches
        }
        return names;
    }

    static boolean hasMagic(String s) {
        return MAGIC.matcher(s).find();
    }

    private static boolean exists(String path) {
        return Files.exists(Path.of(path), LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean isDir(String path) {
        return Files.isDirectory(Path.of(path.isEmpty() ? "." : path));
    }

    /** fnmatch.translate: a shell pattern as a Java regex. */
    static String translate(String pat) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        int n = pat.length();
        while (i < n) {
            char c = pat.charAt(i++);
            if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else if (c == '[') {
                int j = closingBracket(pat, i);
                if (j < 0) {
                    re.append("\\[");
                } else {
                    re.append(charClass(pat.substring(i, j)));
                    i = j + 1;
                }
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }

    private static int closingBracket(String pat, int start) {
        int j = start;
        if (j < pat.length() && pat.charAt(j) == '!') {
            j++;
        }
        if (j < pat.length() && pat.charAt(j) == ']') {
            j++;
        }
        while (j < pat.length() && pat.charAt(j) != ']') {
            j++;
        }
        return j < pat.length() ? j : -1;
    }

    private static String charClass(String stuff) {
        StringBuilder cls = new StringBuilder("[");
        int k = 0;
        if (stuff.startsWith("!")) {
            cls.append('^');
            k = 1;
        }
        for (; k < stuff.length(); k++) {
            char c = stuff.charAt(k);
            boolean special = c == '\\' || c == '[' || c == ']' || c == '&' || c == '^';
            boolean rangeDash = c == '-' && k > 0 && k < stuff.length() - 1 && !(k == 1 && stuff.startsWith("!"));
            if (special || (c == '-' && !rangeDash)) {
                cls.append('\\');
            }
            cls.append(c);
        }
        return cls.append(']').toString();
    }
}
