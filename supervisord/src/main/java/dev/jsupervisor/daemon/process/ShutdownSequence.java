package dev.jsupervisor.daemon.process;

import dev.jsupervisor.config.value.LogLevel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Stopping everything for shutdown or restart (spec §3.3). Groups go down one at a time, the
 * highest priority number first; the processes of a group go down together. While anything
 * anywhere is still up, the log says who, every few seconds.
 */
final class ShutdownSequence {
    /** Groups still to stop, in (priority, name) order: the last one is stopped first. */
    private final Deque<ProcessGroup> toStop;
    private Long lastReportMillis;

    ShutdownSequence(List<ProcessGroup> groupsInOrder) {
        this.toStop = new ArrayDeque<>(groupsInOrder);
    }

    /** Stops (again: it is idempotent) the group at the top of the stack, if any is left. */
    List<Effect> stopTopGroup(Now now) {
        ProcessGroup top = toStop.peekLast();
        return top == null ? List.of() : top.stopAllForShutdown(now);
    }

    /**
     * After the pass has transitioned and reaped: if the top group is fully stopped, move on to
     * the next one. At most one group per pass, like the reference.
     */
    void releaseTopGroupIfStopped() {
        ProcessGroup top = toStop.peekLast();
        if (top != null && top.unstopped().isEmpty()) {
            toStop.removeLast();
        }
    }

    /** The throttled {@code waiting for a, b to die} report (INFO, with a BLAT line per process). */
    List<Effect> report(List<ProcessRecord> unstopped, Now now) {
        if (unstopped.isEmpty() || !reportDue(now)) {
            return List.of();
        }
        lastReportMillis = now.monotonicMillis();
        List<Effect> effects = new ArrayList<>();
        effects.add(new Effect.Log(LogLevel.INFO,
                Messages.waitingToDie(unstopped.stream().map(ProcessRecord::name).toList())));
        for (ProcessRecord p : unstopped) {
            effects.add(new Effect.Log(LogLevel.BLAT, Messages.stateOf(p.name(), p.state().name())));
        }
        return effects;
    }

    private boolean reportDue(Now now) {
        return lastReportMillis == null
                || now.monotonicMillis() > lastReportMillis + Timing.SHUTDOWN_REPORT_INTERVAL_MILLIS;
    }
}
