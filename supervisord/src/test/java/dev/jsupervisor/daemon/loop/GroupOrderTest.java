package dev.jsupervisor.daemon.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsupervisor.config.model.ProgramGroupConfig;
import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.daemon.process.Effect;
import dev.jsupervisor.daemon.process.ProcessGroup;
import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupOrderTest {
    private static ProcessGroup group(String name) {
        return new ProcessGroup(new ProgramGroupConfig(name, 1, List.of()));
    }

    private static Effect change(String group) {
        return new Effect.StateChange("p", group, ProcessState.STARTING, ProcessState.RUNNING, 1, 0, true);
    }

    @Test
    void everyGroupGetsItsTurnAfterItsEffects() {
        List<ProcessGroup> groups = List.of(group("a"), group("b"), group("c"), group("d"));
        Effect log = new Effect.Log(LogLevel.INFO, "success: p");
        List<Effect> changes = List.of(log, change("b"), change("b"), change("d"));
        List<String> trace = new ArrayList<>();
        GroupOrder.perform(changes, groups, run -> trace.add("perform " + run.size()),
                g -> trace.add("after " + g.name()));
        assertEquals(List.of("after a", "perform 3", "after b", "after c", "perform 1", "after d"), trace);
    }

    @Test
    void noEffectsStillGivesEveryGroupItsTurn() {
        List<String> trace = new ArrayList<>();
        GroupOrder.perform(List.of(), List.of(group("a"), group("b")), run -> trace.add("perform"),
                g -> trace.add("after " + g.name()));
        assertEquals(List.of("after a", "after b"), trace);
    }
}
