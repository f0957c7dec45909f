package dev.jsupervisor.e2e.pairs;

import java.util.function.UnaryOperator;

/** One step of a scenario: a supervisorctl command line, or a wait/edit that keeps timing out of the transcript. */
sealed interface Step {
    /**
     * {@code supervisorctl -c <conf> <line>}, the line split on blanks after {INET} and {UNIX} are
     * replaced by the daemon's URLs. With {@code sorted}, stdout lines are compared as a sorted list:
     * for commands on several processes whose result order is a race in the reference itself.
     */
    record Command(String line, boolean sorted) implements Step {}

    /** Waits until a process is in this state (over XML-RPC, not through the ctl under test). */
    record AwaitState(String process, String state) implements Step {}

    /** Waits until no process is STARTING, BACKOFF or STOPPING. */
    record Settle() implements Step {}

    /** Rewrites the daemon's config file. */
    record EditConfig(UnaryOperator<String> edit) implements Step {}

    /** Waits until the daemon process has exited (after shutdown). */
    record AwaitExit() implements Step {}
}
