package dev.jsupervisor.daemon.process;

import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One firing of one table cell: the process, the trigger, the time, and the effects decided so
 * far. Handlers change the record only through this object's helpers or directly on its fields;
 * state changes go through {@link #changeState} so that none ever misses its event.
 */
final class Step {
    final ProcessRecord process;
    final Trigger trigger;
    final Now now;
    private final List<Effect> effects = new ArrayList<>();

    Step(ProcessRecord process, Trigger trigger, Now now) {
        this.process = process;
        this.trigger = trigger;
        this.now = now;
    }

    ProcessConfig config() {
        return process.config();
    }

    String name() {
        return process.name();
    }

    long millis() {
        return now.monotonicMillis();
    }

    <T extends Trigger> T trigger(Class<T> type) {
        return type.cast(trigger);
    }

    void log(LogLevel level, String message) {
        effects.add(new Effect.Log(level, message));
    }

    void emit(Effect effect) {
        effects.add(effect);
    }

    void changeState(ProcessState to) {
        changeState(to, true);
    }

    /**
     * Moves the process to {@code to} and announces it. Entering BACKOFF counts one more failed
     * start and schedules the next attempt {@code backoff} seconds from now (1 s, 2 s, 3 s ...).
     * A change to the current state is no change: no event (the SIGKILL escalation relies on it).
     */
    void changeState(ProcessState to, boolean expected) {
        ProcessState from = process.state;
        if (from == to) {
            return;
        }
        process.state = to;
        if (to == ProcessState.BACKOFF) {
            process.backoff++;
            process.retryAfterMillis = millis() + process.backoff * 1000L;
        }
        effects.add(new Effect.StateChange(process.name(), process.groupName(), from, to,
                process.pid, process.backoff, expected));
    }

    List<Effect> effects() {
        return Collections.unmodifiableList(effects);
    }
}
