package dev.jsupervisor.daemon.log;

/**
 * Where syslog-bound lines go. The reference calls syslog(3) with its default ident and facility
 * (LOG_USER) at priority LOG_INFO for every line, whatever the record's level. The JDK 17 cannot
 * send datagrams to /dev/log (no AF_UNIX datagram channels), so the real sink comes from the
 * native layer; {@link #DISCARD} stands in until then.
 */
@FunctionalInterface
public interface SyslogSink {
    /** Sends one already formatted message (no further splitting). */
    void send(String message);

    /** Drops every message: used where no native syslog is available. */
    SyslogSink DISCARD = message -> { };
}
