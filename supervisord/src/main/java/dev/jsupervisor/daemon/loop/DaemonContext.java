package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.daemon.log.SyslogSink;
import dev.jsupervisor.daemon.os.NativeOs;
import java.io.PrintStream;
import java.nio.channels.Selector;
import java.util.Map;
import java.util.Optional;

/**
 * What outlives a SIGHUP restart: the OS layer, the one Selector, the signal queue (handlers are
 * installed once), the original environment, the standard streams and the way back to the
 * launching JVM in daemon mode.
 *
 * @param environment supervisord's environment as it started (children inherit it, restarts too)
 * @param stdout where the main log is echoed with nodaemon and not silent
 * @param errors where failures of log writes are reported
 * @param syslog where logfile=syslog and *_syslog=true lines go
 */
record DaemonContext(NativeOs os, Selector selector, SignalQueue signals, Runnable installSignals,
        Map<String, String> environment, PrintStream stdout, PrintStream errors, ConfigSource reload,
        Optional<DaemonChild> daemonChild, SyslogSink syslog) {
}
