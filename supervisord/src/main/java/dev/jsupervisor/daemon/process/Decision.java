package dev.jsupervisor.daemon.process;

import java.util.List;

/**
 * The answer to a start, stop or signal request: effects for the shell, and what happened to
 * each process addressed, in the order they were handled.
 */
public record Decision(List<Effect> effects, List<Result> results) {

    public Decision {
        effects = List.copyOf(effects);
        results = List.copyOf(results);
    }

    /** What a request did to one process; the RPC layer maps refusals to its faults. */
    public enum Outcome {
        /** The request went to the state machine (a spawn's own success shows only after its result). */
        ACCEPTED,
        /** Start refused: STARTING, RUNNING or BACKOFF (fault ALREADY_STARTED). */
        ALREADY_STARTED,
        /** Start refused: UNKNOWN (fault FAILED, "is in an unknown process state"). */
        UNKNOWN_STATE,
        /** Stop or signal refused: nothing to stop or signal (fault NOT_RUNNING). */
        NOT_RUNNING
    }

    public record Result(ProcessRecord process, Outcome outcome) {}
}
