package dev.jsupervisor.config.cli;

import dev.jsupervisor.config.value.LogLevel;

/**
 * supervisord's command line after getopt and the per-option converters. A null field was not
 * given; given values override the [supervisord] section (the reference's "priority 2").
 */
public record ServerArgs(
        String configFile,          // -c / --configuration
        boolean help,               // -h / -? / --help
        boolean version,            // -v / --version
        Boolean nodaemon,           // -n
        Boolean silent,             // -s
        String user,                // -u
        Integer umask,              // -m (octal)
        String directory,           // -d (must exist)
        String logfile,             // -l
        Long logfileMaxbytes,       // -y
        Integer logfileBackups,     // -z
        LogLevel loglevel,          // -e
        String pidfile,             // -j
        String identifier,          // -i
        String childlogdir,         // -q (must exist)
        Boolean nocleanup,          // -k
        Integer minfds,             // -a
        Boolean stripAnsi,          // -t
        Integer minprocs,           // --minprocs
        String profileOptions) {    // --profile_options

    /** No options at all. */
    public static ServerArgs none() {
        return new ServerArgs(null, false, false, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }
}
