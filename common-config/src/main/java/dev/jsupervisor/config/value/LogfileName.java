package dev.jsupervisor.config.value;

/** A *_logfile / logfile value: no file, an automatic file, syslog, or a concrete path. */
public record LogfileName(Kind kind, String path) {
    public enum Kind { NONE, AUTO, SYSLOG, PATH }

    public static final LogfileName NONE = new LogfileName(Kind.NONE, null);
    public static final LogfileName AUTO = new LogfileName(Kind.AUTO, null);
    public static final LogfileName SYSLOG = new LogfileName(Kind.SYSLOG, null);

    public static LogfileName path(String path) { return new LogfileName(Kind.PATH, path); }
}
