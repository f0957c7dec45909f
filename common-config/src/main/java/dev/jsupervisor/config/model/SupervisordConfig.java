package dev.jsupervisor.config.model;

import dev.jsupervisor.config.value.LogLevel;
import java.util.Map;

/**
 * {@code [supervisord]} after command-line overrides: what the daemon runs with. logfile and
 * pidfile are normalized absolute paths (logfile may be "syslog"); childlogdir and directory are
 * as the converters return them (only "~" expanded).
 */
public record SupervisordConfig(
        String logfile,                   // logfile / -l: supervisord.log (in CWD)
        long logfileMaxbytes,             // logfile_maxbytes / -y: 50MB
        int logfileBackups,               // logfile_backups / -z: 10
        LogLevel loglevel,                // loglevel / -e: info
        String pidfile,                   // pidfile / -j: supervisord.pid (in CWD)
        int umask,                        // umask / -m: 022
        boolean nodaemon,                 // nodaemon / -n: false
        boolean silent,                   // silent / -s: false
        int minfds,                       // minfds / -a: 1024
        int minprocs,                     // minprocs / --minprocs: 200
        boolean nocleanup,                // nocleanup / -k: false
        String childlogdir,               // childlogdir / -q: the temp directory
        String user,                      // user / -u: null = do not switch
        String directory,                 // directory / -d: null = do not chdir
        boolean stripAnsi,                // strip_ansi / -t: false
        Map<String, String> environment,  // environment: none
        String identifier,                // identifier / -i: supervisor
        String profileOptions) {          // --profile_options only (the file's value is ignored)

    public static final String DEFAULT_LOGFILE = "supervisord.log";
    public static final String DEFAULT_LOGFILE_MAXBYTES = "50MB";
    public static final String DEFAULT_LOGFILE_BACKUPS = "10";
    public static final String DEFAULT_LOGLEVEL = "info";
    public static final String DEFAULT_PIDFILE = "supervisord.pid";
    public static final String DEFAULT_UMASK = "022";
    public static final String DEFAULT_NODAEMON = "false";
    public static final String DEFAULT_SILENT = "false";
    public static final String DEFAULT_MINFDS = "1024";
    public static final String DEFAULT_MINPROCS = "200";
    public static final String DEFAULT_NOCLEANUP = "false";
    /** childlogdir defaults to the temp directory, which comes from the load context. */
    public static final String DEFAULT_CHILDLOGDIR = null;
    public static final String DEFAULT_STRIP_ANSI = "false";
    public static final String DEFAULT_ENVIRONMENT = "";
    public static final String DEFAULT_IDENTIFIER = "supervisor";
    /** logfile=syslog sends the main log to syslog instead of a file. */
    public static final String SYSLOG_LOGFILE = "syslog";

    public SupervisordConfig {
        environment = ReadOnly.map(environment);
    }
}
