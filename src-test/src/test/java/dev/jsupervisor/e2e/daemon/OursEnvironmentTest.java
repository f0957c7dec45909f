package dev.jsupervisor.e2e.daemon;

class OursEnvironmentTest extends EnvironmentScenario {
    @Override
    protected Implementation implementation() {
        return Implementation.OURS;
    }
}
