package dev.jsupervisor.daemon.log;

import dev.jsupervisor.config.model.SupervisordConfig;

/**
 * Where the main log goes: {@code logfile} is a path or the magic word "syslog"; maxbytes <= 0
 * never rotates; {@code echoToStdout} is nodaemon && !silent.
 */
public record MainLogTarget(String logfile, long maxBytes, int backups, boolean echoToStdout) {

    public static MainLogTarget of(SupervisordConfig config) {
        return new MainLogTarget(config.logfile(), config.logfileMaxbytes(), config.logfileBackups(),
                config.nodaemon() && !config.silent());
    }

    public boolean toSyslog() {
        return SupervisordConfig.SYSLOG_LOGFILE.equals(logfile);
    }
}
