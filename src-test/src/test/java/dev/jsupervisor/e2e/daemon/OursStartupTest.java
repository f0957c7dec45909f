package dev.jsupervisor.e2e.daemon;

class OursStartupTest extends StartupScenario {
    @Override
    protected Implementation implementation() {
        return Implementation.OURS;
    }
}
