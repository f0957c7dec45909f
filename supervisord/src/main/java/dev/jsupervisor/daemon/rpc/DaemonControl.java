package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.daemon.log.MainLog;
import dev.jsupervisor.daemon.os.BadCommandException;
import dev.jsupervisor.daemon.process.Effect;
import dev.jsupervisor.daemon.process.Now;
import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.daemon.process.Supervision;
import java.util.List;
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
    // ---- process control (ControlMethods) ----

    /** The moment on the loop's clocks, for decisions taken inside a call. */
    Now now();

    /** Performs the core's effects at once (spawns, signals, log lines), as the loop would. */
    void perform(List<Effect> effects);

    /** Reaps whatever children have exited, now, as the loop's pass would. */
    void reap();

    /** Checks that a process's command can be run; the exception carries the spawnerr text. */
    void checkCommand(ProcessRecord process) throws BadCommandException;

    /**
     * Writes to the child's stdin (what the pipe does not take now is written as it drains).
     * False when there is no stdin to write to or the child closed it (the reference's EPIPE).
     */
    boolean writeStdin(ProcessRecord process, byte[] data);

    /** supervisor.restart: the same path as SIGHUP, without its log line. */
    void requestRestart();
}
