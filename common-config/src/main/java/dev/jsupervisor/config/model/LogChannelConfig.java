package dev.jsupervisor.config.model;

import dev.jsupervisor.config.value.LogfileName;

/** One output channel (stdout or stderr) of a process: the {@code <channel>_*} options. */
public record LogChannelConfig(
        LogfileName logfile,      // <ch>_logfile: AUTO; NONE when redirected or syslog-only
        long logfileMaxbytes,     // <ch>_logfile_maxbytes: 50MB
        int logfileBackups,       // <ch>_logfile_backups: 10
        long captureMaxbytes,     // <ch>_capture_maxbytes: 0 (capture mode off)
        boolean eventsEnabled,    // <ch>_events_enabled: false
        boolean syslog) {         // <ch>_syslog: false

    public static final LogfileName DEFAULT_LOGFILE = LogfileName.AUTO;
    public static final String DEFAULT_LOGFILE_MAXBYTES = "50MB";
    public static final int DEFAULT_LOGFILE_BACKUPS = 10;
    public static final String DEFAULT_CAPTURE_MAXBYTES = "0";
    public static final boolean DEFAULT_EVENTS_ENABLED = false;
    public static final boolean DEFAULT_SYSLOG = false;

    /** A channel configured with nothing. */
    public static LogChannelConfig defaults() {
        return new LogChannelConfig(DEFAULT_LOGFILE, 50L * 1024 * 1024, DEFAULT_LOGFILE_BACKUPS, 0,
                DEFAULT_EVENTS_ENABLED, DEFAULT_SYSLOG);
    }
}
