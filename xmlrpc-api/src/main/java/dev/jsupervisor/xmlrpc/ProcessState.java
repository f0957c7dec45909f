package dev.jsupervisor.xmlrpc;

import java.util.EnumSet;
import java.util.Set;

/**
 * A child process's state as it appears on the wire ({@code state}/{@code statename} of
 * getProcessInfo) and in event payloads. Codes are the reference's.
 */
public enum ProcessState {
    STOPPED(0), STARTING(10), RUNNING(20), BACKOFF(30), STOPPING(40), EXITED(100), FATAL(200), UNKNOWN(1000);

    /** States in which a process counts as stopped (stop refuses, start allowed, group removable). */
    public static final Set<ProcessState> STOPPED_STATES = EnumSet.of(STOPPED, EXITED, FATAL, UNKNOWN);
    /** States in which a process counts as started (start refuses with ALREADY_STARTED). */
    public static final Set<ProcessState> RUNNING_STATES = EnumSet.of(STARTING, RUNNING, BACKOFF);
    /** States in which signalProcess delivers a signal. */
    public static final Set<ProcessState> SIGNALLABLE_STATES = EnumSet.of(STARTING, RUNNING, STOPPING);

    private final int code;

    ProcessState(int code) { this.code = code; }

    public int code() { return code; }

    public boolean isStopped() { return STOPPED_STATES.contains(this); }

    public boolean isRunning() { return RUNNING_STATES.contains(this); }

    public boolean isSignallable() { return SIGNALLABLE_STATES.contains(this); }

    /** The state with this wire code. */
    public static ProcessState ofCode(int code) {
        for (ProcessState s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("no process state has code " + code);
    }
}
