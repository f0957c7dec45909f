package dev.jsupervisor.daemon.process;

import java.util.List;

/** Effects as one-line strings, so tests compare whole sequences at a glance. */
final class Render {
    private Render() {}

    static String of(Effect e) {
        if (e instanceof Effect.Log l) {
            return l.level().name() + " " + l.message();
        }
        if (e instanceof Effect.StateChange c) {
            return "event " + c.eventName() + " " + c.payload();
        }
        if (e instanceof Effect.Spawn s) {
            return "spawn " + s.process().namespec();
        }
        Effect.Signal s = (Effect.Signal) e;
        return "kill(" + s.target() + ", " + s.signal() + ") " + s.purpose();
    }

    static List<String> all(List<Effect> effects) {
        return effects.stream().map(Render::of).toList();
    }
}
