package dev.jsupervisor.ctl;

import dev.jsupervisor.xmlrpc.Fault;

/** How each action words a per-process result code. */
enum Results {
    START("started"), STOP("stopped"), SIGNAL("signalled"), CLEAR("cleared");

    private final String success;

    Results(String success) {
        this.success = success;
    }

    String success() {
        return success;
    }

    /** The line for one result; an unexpected code fails as the reference does (ValueError). */
    String line(int code, String group, String process, String description) {
        String name = Namespec.display(group, process);
        if (code == Fault.SUCCESS.code()) {
            return name + ": " + success;
        }
        if (this != START && code == Fault.FAILED.code()) {
            return this == CLEAR ? error(name, "failed") : description;
        }
        String reason = reason(code);
        if (reason == null) {
            throw new UnknownResultException(code, name);
        }
        return error(name, reason);
    }

    private static String error(String name, String reason) {
        return String.format(Messages.ERROR_RESULT, name, reason);
    }

    private String reason(int code) {
        Fault fault = Fault.ofCode(code);
        if (fault == Fault.BAD_NAME) {
            return "no such process";
        }
        if (fault == null || this == CLEAR) {
            return null;
        }
        return this == START ? startReason(fault) : signalReason(fault);
    }

    private static String startReason(Fault fault) {
        switch (fault) {
            case NO_FILE: return "no such file";
            case NOT_EXECUTABLE: return "file is not executable";
            case ALREADY_STARTED: return "already started";
            case SPAWN_ERROR: return "spawn error";
            case ABNORMAL_TERMINATION: return "abnormal termination";
            default: return null;
        }
    }

    private static String signalReason(Fault fault) {
        switch (fault) {
            case BAD_SIGNAL: return "bad signal name";
            case NOT_RUNNING: return "not running";
            default: return null;
        }
    }

    /** The reference's ValueError for a result code an action does not know. */
    static final class UnknownResultException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownResultException(int code, String name) {
            super("Unknown result code " + code + " for " + name);
        }
    }
}
