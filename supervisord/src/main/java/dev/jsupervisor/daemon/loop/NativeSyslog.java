package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.daemon.log.SyslogSink;
import dev.jsupervisor.daemon.os.NativeOs;

/**
 * syslog(3) as the reference uses it: opened on first use with the program name as ident and
 * LOG_USER as facility (what Python's syslog module does implicitly), every line at LOG_INFO.
 * Used only from the loop thread.
 */
final class NativeSyslog implements SyslogSink {
    /** Python's syslog module takes the ident from sys.argv[0]: the reference's is supervisord. */
    static final String IDENT = "supervisord";

    private final NativeOs os;
    private boolean opened;

    NativeSyslog(NativeOs os) {
        this.os = os;
    }

    @Override
    public void send(String message) {
        if (!opened) {
            os.openSyslog(IDENT);
            opened = true;
        }
        os.syslog(message);
    }
}
