package dev.jsupervisor.xmlrpc;

/** An event listener's protocol state (independent of its process state). */
public enum ListenerState {
    READY(10), BUSY(20), ACKNOWLEDGED(30), UNKNOWN(40);

    private final int code;

    ListenerState(int code) { this.code = code; }

    public int code() { return code; }
}
