package dev.jsupervisor.xmlrpc;

/** supervisord's own state as returned by getState ({@code statecode}/{@code statename}). */
public enum SupervisorState {
    FATAL(2), RUNNING(1), RESTARTING(0), SHUTDOWN(-1);

    private final int code;

    SupervisorState(int code) { this.code = code; }

    public int code() { return code; }
}
