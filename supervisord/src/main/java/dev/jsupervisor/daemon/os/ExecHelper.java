package dev.jsupervisor.daemon.os;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the sv-exec binary (src/main/c/sv-exec.c) and builds its command line. Lookup order:
 * system property {@value #PROPERTY}, then {@code <jsupervisor.home>/libexec/sv-exec} (the
 * launcher passes -Djsupervisor.home).
 */
public final class ExecHelper {
    public static final String PROPERTY = "jsupervisor.execHelper";
    private final String binary;

    public ExecHelper(String binary) {
        this.binary = binary;
    }

    public String binary() { return binary; }

    /** The installed helper, if an executable file is where it should be. */
    public static Optional<ExecHelper> locate() {
        String explicit = System.getProperty(PROPERTY);
        String home = System.getProperty("jsupervisor.home");
        String candidate = explicit != null ? explicit
                : home != null ? Path.of(home, "libexec", "sv-exec").toString() : null;
        if (candidate == null || !Files.isRegularFile(Path.of(candidate))
                || !Files.isExecutable(Path.of(candidate))) {
            return Optional.empty();
        }
        return Optional.of(new ExecHelper(candidate));
    }

    /** argv for the helper: its options, "--", then the real path and the program's argv. */
    public List<String> argv(SpawnSpec spec) {
        List<String> argv = new ArrayList<>();
        argv.add(binary);
        if (spec.uid() != null) {
            argv.add("-u");
            argv.add(Integer.toString(spec.uid()));
        }
        if (spec.cwd() != null) {
            argv.add("-d");
            argv.add(spec.cwd());
        }
        if (spec.umask() != null) {
            argv.add("-m");
            argv.add(Integer.toOctalString(spec.umask()));
        }
        argv.add("--");
        argv.add(spec.path());
        argv.addAll(spec.argv());
        return argv;
    }
}
