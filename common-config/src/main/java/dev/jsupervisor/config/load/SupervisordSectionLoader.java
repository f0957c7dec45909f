package dev.jsupervisor.config.load;

import static dev.jsupervisor.config.load.OptionReader.convert;
import static dev.jsupervisor.config.model.SupervisordConfig.*;

import dev.jsupervisor.config.model.SupervisordConfig;
import dev.jsupervisor.config.value.Converters;
import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.config.value.PathContext;
import java.util.HashMap;
import java.util.Map;

/**
 * [supervisord] as the file says it. Options are converted in the reference's order so that a
 * file with several bad values reports the same one first.
 */
final class SupervisordSectionLoader {
    static final String SECTION = "supervisord";

    private final OptionReader reader;
    private final LoadContext ctx;
    private final Map<String, Object> local;

    SupervisordSectionLoader(OptionReader reader, LoadContext ctx, String here) {
        this.reader = reader;
        this.ctx = ctx;
        this.local = Map.of("here", here);
    }

    SupervisordConfig load() throws ConfigException {
        PathContext paths = ctx.paths();
        int minfds = convert(() -> Converters.integer(get("minfds", DEFAULT_MINFDS)));
        int minprocs = convert(() -> Converters.integer(get("minprocs", DEFAULT_MINPROCS)));
        String directoryRaw = get("directory", null);
        String directory = directoryRaw == null ? null
                : convert(() -> Converters.existingDirectory(directoryRaw, paths, ctx.accounts()));
        String user = get("user", null);
        int umask = convert(() -> Converters.octal(get("umask", DEFAULT_UMASK)));
        String logfile = convert(() -> Converters.existingDirpath(get("logfile", DEFAULT_LOGFILE), paths, ctx.accounts()));
        long maxbytes = convert(() -> Converters.byteSize(get("logfile_maxbytes", DEFAULT_LOGFILE_MAXBYTES)));
        int backups = convert(() -> Converters.integer(get("logfile_backups", DEFAULT_LOGFILE_BACKUPS)));
        LogLevel loglevel = convert(() -> Converters.loggingLevel(get("loglevel", DEFAULT_LOGLEVEL)));
        String pidfile = convert(() -> Converters.existingDirpath(get("pidfile", DEFAULT_PIDFILE), paths, ctx.accounts()));
        String identifier = get("identifier", DEFAULT_IDENTIFIER);
        boolean nodaemon = convert(() -> Converters.bool(get("nodaemon", DEFAULT_NODAEMON)));
        boolean silent = convert(() -> Converters.bool(get("silent", DEFAULT_SILENT)));
        String childlogdir = convert(() -> Converters.existingDirectory(get("childlogdir", ctx.tempDir()), paths, ctx.accounts()));
        boolean nocleanup = convert(() -> Converters.bool(get("nocleanup", DEFAULT_NOCLEANUP)));
        boolean stripAnsi = convert(() -> Converters.bool(get("strip_ansi", DEFAULT_STRIP_ANSI)));
        Map<String, String> environment = environment();
        return new SupervisordConfig(logfile, maxbytes, backups, loglevel, pidfile, umask, nodaemon,
                silent, minfds, minprocs, nocleanup, childlogdir, user, directory, stripAnsi,
                environment, identifier, null);
    }

    /** environment= is expanded twice (so "%%" cannot survive), then split into pairs. */
    private Map<String, String> environment() throws ConfigException {
        String once = get("environment", DEFAULT_ENVIRONMENT);
        Map<String, Object> names = new HashMap<>(reader.globals());
        names.putAll(local);
        names.put("host_node_name", ctx.hostname());
        String twice = OptionReader.expand(once, names, "environment");
        return convert(() -> Converters.keyValuePairs(twice));
    }

    private String get(String option, String dflt) throws ConfigException {
        return reader.get(SECTION, option, dflt, local);
    }
}
