package dev.jsupervisor.ctl;

/** The LSB exit statuses supervisorctl uses (init-script and status-action sets). */
final class ExitCodes {
    private ExitCodes() {}

    static final int SUCCESS = 0;
    static final int GENERIC = 1;
    static final int INVALID_ARGS = 2;
    static final int UNIMPLEMENTED = 3;
    static final int INSUFFICIENT_PRIVILEGES = 4;
    static final int NOT_INSTALLED = 5;
    static final int NOT_RUNNING = 7;

    /** status: some shown process is not running. */
    static final int STATUS_NOT_RUNNING = 3;
    /** status: a bad name or no server. */
    static final int STATUS_UNKNOWN = 4;
}
