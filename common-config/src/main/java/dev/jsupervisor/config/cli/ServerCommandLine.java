package dev.jsupervisor.config.cli;

import dev.jsupervisor.config.value.Accounts;
import dev.jsupervisor.config.value.Converters;
import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.config.value.PathContext;
import dev.jsupervisor.config.value.SystemAccounts;
import java.util.List;

/**
 * supervisord's options (getopt rules, the reference's error texts). As in the reference, -h/-?
 * and -v act when reached: options after them are not converted, options before them are (and
 * may fail first). The result then has {@code help} or {@code version} set and nothing later.
 */
public final class ServerCommandLine {
    private ServerCommandLine() {}

    public static ServerArgs parse(List<String> args, PathContext paths) throws UsageException {
        return parse(args, paths, new SystemAccounts());
    }

    /** As {@link #parse(List, PathContext)}; {@code accounts} resolves "~user" in path options. */
    public static ServerArgs parse(List<String> args, PathContext paths, Accounts accounts) throws UsageException {
        OptionProcessor.Parsed p = OptionProcessor.process(args, specs(paths, accounts), false);
        return new ServerArgs(
                p.get("configfile", String.class), p.isSet("help"), p.isSet("version"),
                p.get("nodaemon", Boolean.class), p.get("silent", Boolean.class), p.get("user", String.class),
                p.get("umask", Integer.class), p.get("directory", String.class), p.get("logfile", String.class),
                p.get("logfile_maxbytes", Long.class), p.get("logfile_backups", Integer.class),
                p.get("loglevel", LogLevel.class), p.get("pidfile", String.class), p.get("identifier", String.class),
                p.get("childlogdir", String.class), p.get("nocleanup", Boolean.class), p.get("minfds", Integer.class),
                p.get("strip_ansi", Boolean.class), p.get("minprocs", Integer.class),
                p.get("profile_options", String.class));
    }

    /** In the reference's declaration order, which fixes getopt's option string "h?c:vnu:m:...". */
    private static List<OptionSpec> specs(PathContext paths, Accounts accounts) {
        OptionSpec.Conversion raw = value -> value;
        OptionSpec.Conversion directory = value -> Converters.existingDirectory(value, paths, accounts);
        OptionSpec.Conversion dirpath = value -> Converters.existingDirpath(value, paths, accounts);
        return List.of(
                OptionSpec.immediate("h", "help", "help"),
                OptionSpec.immediate("?", null, "help"),
                OptionSpec.valued("c", "configuration", "configfile", raw),
                OptionSpec.immediate("v", "version", "version"),
                OptionSpec.flag("n", "nodaemon", "nodaemon"),
                OptionSpec.valued("u", "user", "user", raw),
                OptionSpec.valued("m", "umask", "umask", Converters::octal),
                OptionSpec.valued("d", "directory", "directory", directory),
                OptionSpec.valued("l", "logfile", "logfile", dirpath),
                OptionSpec.valued("y", "logfile_maxbytes", "logfile_maxbytes", Converters::byteSize),
                OptionSpec.valued("z", "logfile_backups", "logfile_backups", Converters::integer),
                OptionSpec.valued("e", "loglevel", "loglevel", Converters::loggingLevel),
                OptionSpec.valued("j", "pidfile", "pidfile", dirpath),
                OptionSpec.valued("i", "identifier", "identifier", raw),
                OptionSpec.valued("q", "childlogdir", "childlogdir", directory),
                OptionSpec.valued("a", "minfds", "minfds", Converters::integer),
                OptionSpec.valued(null, "minprocs", "minprocs", Converters::integer),
                OptionSpec.flag("k", "nocleanup", "nocleanup"),
                OptionSpec.flag("t", "strip_ansi", "strip_ansi"),
                OptionSpec.valued(null, "profile_options", "profile_options", raw),
                OptionSpec.flag("s", "silent", "silent"));
    }
}
