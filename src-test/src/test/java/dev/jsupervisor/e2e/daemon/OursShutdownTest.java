package dev.jsupervisor.e2e.daemon;

class OursShutdownTest extends ShutdownScenario {
    @Override
    protected Implementation implementation() {
        return Implementation.OURS;
    }
}
