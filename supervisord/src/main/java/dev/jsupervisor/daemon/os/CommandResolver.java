package dev.jsupervisor.daemon.os;

import dev.jsupervisor.config.value.Shlex;
import dev.jsupervisor.config.value.ValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns {@code command=} into the file to execute and its argv, with the reference's checks and
 * spawnerr texts. Runs before any child exists: a failure means BACKOFF without a fork.
 *
 * <p>Search rules: a first word containing '/' is used as it is; otherwise each PATH entry is
 * tried in order and the first entry where stat succeeds wins, even if that is a directory or a
 * non-executable file (the reference does not skip those). PATH is the program's environment=
 * PATH when set (even empty), else supervisord's non-empty PATH, else /bin:/usr/bin:/usr/local/bin.
 */
public final class CommandResolver {
    static final List<String> DEFAULT_PATH = List.of("/bin", "/usr/bin", "/usr/local/bin");

    private final FileProbe probe;
    private final String daemonPath;

    /**
     * @param daemonPath supervisord's own PATH (System.getenv("PATH")), may be null
     */
    public CommandResolver(FileProbe probe, String daemonPath) {
        this.probe = probe;
        this.daemonPath = daemonPath;
    }

    /** The outcome: what to execute and with which argv. */
    public record Resolved(String filename, List<String> argv) {
        public Resolved {
            argv = List.copyOf(argv);
        }
    }

    /**
     * @param command     the command= value after expansion
     * @param environment the program's merged environment= (may be null or empty)
     */
    public Resolved resolve(String command, Map<String, String> environment) throws BadCommandException {
        List<String> argv = split(command);
        String program = argv.get(0);
        String filename = program;
        Optional<FileProbe.Stat> stat;
        if (program.contains("/")) {
            stat = probe.stat(program);
        } else {
            stat = Optional.empty();
            for (String dir : searchPath(environment)) {
                String candidate = join(dir, program);
                stat = probe.stat(candidate);
                if (stat.isPresent()) {
                    filename = candidate;
                    break;
                }
            }
        }
        check(filename, stat);
        return new Resolved(filename, argv);
    }

    private static List<String> split(String command) throws BadCommandException {
        List<String> argv;
        try {
            argv = Shlex.split(command);
        } catch (ValueException e) {
            throw new BadCommandException(Messages.cannotParseCommand(command, e.getMessage()));
        }
        if (argv.isEmpty()) {
            throw new BadCommandException(Messages.COMMAND_IS_EMPTY);
        }
        return argv;
    }

    List<String> searchPath(Map<String, String> environment) {
        String programPath = environment == null ? null : environment.get("PATH");
        if (programPath != null) {
            return splitPath(programPath);
        }
        if (daemonPath != null && !daemonPath.isEmpty()) {
            return splitPath(daemonPath);
        }
        return DEFAULT_PATH;
    }

    /** Like str.split(':'): empty entries are kept (they mean the current directory). */
    private static List<String> splitPath(String path) {
        List<String> entries = new ArrayList<>();
        int start = 0;
        for (int colon = path.indexOf(':'); colon >= 0; colon = path.indexOf(':', start)) {
            entries.add(path.substring(start, colon));
            start = colon + 1;
        }
        entries.add(path.substring(start));
        return entries;
    }

    /** os.path.join for two parts: no separator after an empty or '/'-terminated directory. */
    static String join(String dir, String name) {
        if (name.startsWith("/")) {
            return name;
        }
        return dir.isEmpty() || dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    private void check(String filename, Optional<FileProbe.Stat> stat) throws BadCommandException {
        if (stat.isEmpty()) {
            throw new BadCommandException(Messages.cannotFindCommand(filename), true);
        }
        if (stat.get().directory()) {
            throw new BadCommandException(Messages.commandIsDirectory(filename));
        }
        if (!stat.get().anyExecuteBit()) {
            throw new BadCommandException(Messages.commandNotExecutable(filename));
        }
        if (!probe.accessExecutable(filename)) {
            throw new BadCommandException(Messages.noPermissionToRun(filename));
        }
    }
}
