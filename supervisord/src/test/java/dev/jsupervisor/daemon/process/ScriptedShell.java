package dev.jsupervisor.daemon.process;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The test's effect interpreter: spawns answer from a script (a pid, or an error text), signals
 * succeed unless a failure was scripted, and everything performed is recorded as a transcript
 * ({@link Render} lines, each prefixed with the fake clock's elapsed milliseconds).
 */
final class ScriptedShell {
    final Supervision supervision;
    final FakeClock clock;
    final List<String> transcript = new ArrayList<>();
    private final Deque<Object> spawnScript = new ArrayDeque<>();
    private final Deque<Trigger.SignalFailed> signalScript = new ArrayDeque<>();
    private int nextPid = 100;

    ScriptedShell(Supervision supervision, FakeClock clock) {
        this.supervision = supervision;
        this.clock = clock;
    }

    /** The next spawns fail with these spawnerr texts (then pids resume). */
    ScriptedShell failSpawns(String... errors) {
        spawnScript.addAll(List.of(errors));
        return this;
    }

    /** The next kill(2) fails. */
    ScriptedShell failNextSignal(boolean noSuchProcess, String detail) {
        signalScript.add(new Trigger.SignalFailed(null, noSuchProcess, detail));
        return this;
    }

    void perform(List<Effect> effects) {
        for (Effect e : effects) {
            transcript.add(clock.elapsedMillis() + " " + Render.of(e));
            if (e instanceof Effect.Spawn s) {
                perform(spawnResult(s.process()));
            } else if (e instanceof Effect.Signal s && !signalScript.isEmpty()) {
                Trigger.SignalFailed f = signalScript.poll();
                perform(supervision.signalFailed(s, f.noSuchProcess(), f.detail(), clock.now()));
            }
        }
    }

    private List<Effect> spawnResult(ProcessRecord p) {
        Object next = spawnScript.poll();
        if (next instanceof String error) {
            return supervision.spawnFailed(p, error, clock.now());
        }
        return supervision.spawned(p, nextPid++, clock.now());
    }

    /** One loop pass. */
    ScriptedShell pass() {
        perform(supervision.transitionAll(clock.now()));
        return this;
    }

    /** Loop passes every {@code stepMillis} until {@code totalMillis} have gone by. */
    ScriptedShell run(long totalMillis, long stepMillis) {
        for (long t = 0; t < totalMillis; t += stepMillis) {
            clock.advance(stepMillis);
            pass();
        }
        return this;
    }

    ScriptedShell reap(int pid, WaitStatus status) {
        perform(supervision.reaped(pid, status, clock.now()));
        return this;
    }

    /** The child of {@code process} ends with {@code status}. */
    ScriptedShell reap(ProcessRecord process, WaitStatus status) {
        return reap(process.pid(), status);
    }

    /** Transcript lines containing {@code fragment}. */
    List<String> lines(String fragment) {
        return transcript.stream().filter(l -> l.contains(fragment)).toList();
    }

    ProcessRecord process(String group, String name) {
        return supervision.process(group, name).orElseThrow();
    }
}
