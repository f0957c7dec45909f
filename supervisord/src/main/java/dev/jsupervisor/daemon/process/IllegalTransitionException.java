package dev.jsupervisor.daemon.process;

import dev.jsupervisor.xmlrpc.ProcessState;

/**
 * A trigger arrived in a state whose table cell is empty, or whose guard refuses it (e.g. a
 * spawn result for a process that is not waiting for one). Always a bug in the caller: requests
 * are screened by {@link Supervision}, results come from effects this package issued.
 */
public final class IllegalTransitionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final ProcessState state;
    private final Trigger.Kind trigger;

    IllegalTransitionException(ProcessRecord process, Trigger.Kind trigger, String why) {
        super("no transition for " + process.namespec() + " from " + process.state() + " on " + trigger
                + (why.isEmpty() ? "" : " (" + why + ")"));
        this.state = process.state();
        this.trigger = trigger;
    }

    public ProcessState state() { return state; }

    public Trigger.Kind trigger() { return trigger; }
}
