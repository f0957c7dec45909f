package dev.jsupervisor.daemon.process;

import dev.jsupervisor.xmlrpc.ProcessState;

import java.util.OptionalLong;

/**
 * When the next TICK can change something, so the loop can sleep until then instead of polling:
 * the monotonic millisecond at which a STARTING process becomes RUNNING, a BACKOFF process may be
 * retried, or a STOPPING process is due its SIGKILL. States that wait for a child's exit or for a
 * request have no deadline (the loop learns of those through SIGCHLD and its pipes).
 */
public final class Deadlines {
    private Deadlines() {}

    /**
     * The earliest deadline after {@code nowMillis}. Deadlines already past are left out: the pass
     * that just ran handled them, or could not act yet (no automatic starts while shutting down),
     * and counting them would make the loop spin.
     */
    public static OptionalLong next(Supervision supervision, long nowMillis) {
        long earliest = Long.MAX_VALUE;
        for (ProcessRecord p : supervision.allProcesses()) {
            long due = of(p);
            if (due > nowMillis) {
                earliest = Math.min(earliest, due);
            }
        }
        return earliest == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(earliest);
    }

    /**
     * Whether any process is in transit (STARTING, BACKOFF, STOPPING), due or not. A deadline can
     * pass during the very pass that set it (a spawn with startsecs=0), and {@link #next} leaves
     * past deadlines out, so "no next deadline" alone does not mean nothing will change.
     */
    public static boolean anyInTransit(Supervision supervision) {
        for (ProcessRecord p : supervision.allProcesses()) {
            if (of(p) != Long.MAX_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** One process's deadline (Long.MAX_VALUE when none); mirrors the comparisons in TickCells. */
    static long of(ProcessRecord p) {
        switch (p.state) {
            case STARTING:
                return p.pid == 0 ? Long.MAX_VALUE : p.lastStartMillis + p.config().startsecs() * 1000L + 1;
            case BACKOFF:
                return p.retryAfterMillis + 1;
            case STOPPING:
                return p.killDueMillis;
            default:
                return Long.MAX_VALUE;
        }
    }
}
