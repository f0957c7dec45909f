package dev.jsupervisor.config.load;

import dev.jsupervisor.config.cli.ServerArgs;
import dev.jsupervisor.config.model.SupervisordConfig;
import dev.jsupervisor.config.value.Converters;

/** Command-line options beat [supervisord] values; logfile and pidfile end up absolute. */
final class ServerOverrides {
    private ServerOverrides() {}

    static SupervisordConfig apply(SupervisordConfig file, ServerArgs args, LoadContext ctx) {
        String logfile = pickNonEmpty(args.logfile(), file.logfile());
        if (!SupervisordConfig.SYSLOG_LOGFILE.equals(logfile)) {
            logfile = Converters.normalizePath(logfile, ctx.paths(), ctx.accounts());
        }
        String pidfile = Converters.normalizePath(pickNonEmpty(args.pidfile(), file.pidfile()), ctx.paths(), ctx.accounts());
        return new SupervisordConfig(
                logfile,
                pick(args.logfileMaxbytes(), file.logfileMaxbytes()),
                pick(args.logfileBackups(), file.logfileBackups()),
                pick(args.loglevel(), file.loglevel()),
                pidfile,
                pick(args.umask(), file.umask()),
                pick(args.nodaemon(), file.nodaemon()),
                pick(args.silent(), file.silent()),
                pick(args.minfds(), file.minfds()),
                pick(args.minprocs(), file.minprocs()),
                pick(args.nocleanup(), file.nocleanup()),
                pick(args.childlogdir(), file.childlogdir()),
                pick(args.user(), file.user()),
                pick(args.directory(), file.directory()),
                pick(args.stripAnsi(), file.stripAnsi()),
                file.environment(),
                pick(args.identifier(), file.identifier()),
                args.profileOptions());
    }

    private static <T> T pick(T commandLine, T file) {
        return commandLine != null ? commandLine : file;
    }

    /** The reference tests these two for truth, so an empty command-line value does not count. */
    private static String pickNonEmpty(String commandLine, String file) {
        return commandLine != null && !commandLine.isEmpty() ? commandLine : file;
    }
}
