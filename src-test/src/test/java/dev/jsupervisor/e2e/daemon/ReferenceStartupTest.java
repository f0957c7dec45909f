package dev.jsupervisor.e2e.daemon;

class ReferenceStartupTest extends StartupScenario {
    @Override
    protected Implementation implementation() {
        return Implementation.REFERENCE;
    }
}
