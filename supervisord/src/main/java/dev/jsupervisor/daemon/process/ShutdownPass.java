package dev.jsupervisor.daemon.process;

import java.util.List;

/**
 * One shutdown step before the loop polls: effects to perform, and whether every process is in
 * a stopped state (then the daemon may exit or restart instead of polling).
 */
public record ShutdownPass(List<Effect> effects, boolean finished) {

    public ShutdownPass {
        effects = List.copyOf(effects);
    }
}
