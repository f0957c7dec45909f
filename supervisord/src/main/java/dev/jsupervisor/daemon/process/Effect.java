package dev.jsupervisor.daemon.process;

import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.xmlrpc.ProcessState;

/**
 * What the core asks the shell to do. The shell performs effects in list order; when a
 * {@link Spawn} or {@link Signal} has a result, it feeds that back at once
 * ({@link Supervision#spawned}, {@link Supervision#spawnFailed}, {@link Supervision#signalFailed})
 * and performs the effects returned before going on with the rest of the list, so log lines keep
 * the reference's order.
 */
public sealed interface Effect {

    /** Start the child for {@code process} (its config says how); report the pid or the error. */
    record Spawn(ProcessRecord process) implements Effect {}

    /**
     * Send {@code signal} to {@code pid}, or to its process group ({@code kill(-pid, sig)}) when
     * {@code toGroup}. On failure report back with the same {@code purpose}.
     */
    record Signal(ProcessRecord process, int pid, int signal, boolean toGroup, Purpose purpose)
            implements Effect {

        /** Why the signal is sent; failures are logged and handled differently. */
        public enum Purpose {
            /** The stopsignal of a stop request. */
            STOP,
            /** The SIGKILL sent after stopwaitsecs. */
            KILL,
            /** A user's signalProcess. */
            REQUEST
        }

        /** The argument for kill(2): the pid, negated to address the whole process group. */
        public int target() {
            return toGroup ? -pid : pid;
        }
    }

    /** Write one line to the activity log. */
    record Log(LogLevel level, String message) implements Effect {}

    /**
     * A process changed state: notify a PROCESS_STATE_{@code to} event (spec §7.1). Values are
     * taken at the moment of the change, like the reference's eagerly rendered events.
     *
     * @param tries the backoff count (reported by STARTING and BACKOFF events)
     * @param pid the pid at the change (0 when none; reported by RUNNING, STOPPING, STOPPED, EXITED)
     * @param expected whether an exit was expected (reported by EXITED events)
     */
    record StateChange(String processName, String groupName, ProcessState from, ProcessState to,
            int pid, int tries, boolean expected) implements Effect {

        /** The event type name, e.g. {@code PROCESS_STATE_RUNNING}. */
        public String eventName() {
            return "PROCESS_STATE_" + to.name();
        }

        /** The event body exactly as a listener receives it (without the envelope). */
        public String payload() {
            String head = "processname:" + processName + " groupname:" + groupName
                    + " from_state:" + from.name();
            switch (to) {
                case STARTING:
                case BACKOFF:
                    return head + " tries:" + tries;
                case RUNNING:
                case STOPPING:
                case STOPPED:
                    return head + " pid:" + pid;
                case EXITED:
                    return head + " expected:" + (expected ? 1 : 0) + " pid:" + pid;
                default:
                    return head;
            }
        }
    }
}
