package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.daemon.process.Effect;
import dev.jsupervisor.daemon.process.ProcessGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Performs one pass's effects group by group, with a call after each group (every group, with
 * effects or not). The reference transitions group after group and a listener pool dispatches
 * right after its own processes moved, before the groups after it produce their events; that
 * order decides which event a full buffer drops. The effects of one group are contiguous, in
 * group order (Supervision.transitionAll); a Log effect belongs to the group of the effect after it.
 */
final class GroupOrder {
    private GroupOrder() {}

    static void perform(List<Effect> changes, List<ProcessGroup> groups, Consumer<List<Effect>> perform,
            Consumer<ProcessGroup> afterGroup) {
        int next = 0;
        List<Effect> run = new ArrayList<>();
        String runGroup = null;
        for (Effect effect : changes) {
            String group = groupOf(effect);
            if (group != null && runGroup != null && !group.equals(runGroup)) {
                next = flush(run, runGroup, groups, next, perform, afterGroup);
                run = new ArrayList<>();
            }
            if (group != null) {
                runGroup = group;
            }
            run.add(effect);
        }
        if (!run.isEmpty()) {
            next = flush(run, runGroup, groups, next, perform, afterGroup);
        }
        for (int i = next; i < groups.size(); i++) {
            afterGroup.accept(groups.get(i));
        }
    }

    /** The groups before this run's (they had no effects), the run, then its group; returns the next index. */
    private static int flush(List<Effect> run, String runGroup, List<ProcessGroup> groups, int next,
            Consumer<List<Effect>> perform, Consumer<ProcessGroup> afterGroup) {
        int at = indexOf(groups, runGroup, next);
        if (at < 0) {
            perform.accept(run);
            return next;
        }
        for (int i = next; i < at; i++) {
            afterGroup.accept(groups.get(i));
        }
        perform.accept(run);
        afterGroup.accept(groups.get(at));
        return at + 1;
    }

    private static int indexOf(List<ProcessGroup> groups, String name, int from) {
        for (int i = from; name != null && i < groups.size(); i++) {
            if (groups.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String groupOf(Effect effect) {
        if (effect instanceof Effect.Spawn spawn) {
            return spawn.process().groupName();
        }
        if (effect instanceof Effect.Signal signal) {
            return signal.process().groupName();
        }
        if (effect instanceof Effect.StateChange change) {
            return change.groupName();
        }
        return null;
    }
}
