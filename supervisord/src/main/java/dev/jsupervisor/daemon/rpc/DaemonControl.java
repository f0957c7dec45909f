package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.daemon.log.MainLog;
import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.daemon.process.Supervision;
import java.util.Optional;

/**
 * What the RPC methods may see and do of the running daemon. Implemented by the loop, and only
 * ever called on the loop thread.
 */
public interface DaemonControl {
    int pid();

    String identifier();

    Supervision supervision();

    MainLog mainLog();

    /** The configured main log file= text, for NO_FILE faults. */
    String mainLogName();

    /** True once an exit or restart is under way (the reference's mood below RUNNING). */
    boolean isShuttingDown();

    /** supervisor.shutdown: the same path as SIGTERM, without its log line. */
    void requestShutdown();

    /** The path a channel of a process logs to, AUTO files resolved; empty when none. */
    Optional<String> logfile(ProcessRecord process, boolean stderr);

    /** Reloading, group activation, log clearing and remote events (see {@link ConfigControl}). */
    default ConfigControl configs() {
        return ConfigControl.NONE;
    }
}
