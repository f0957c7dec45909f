package dev.jsupervisor.e2e.daemon;

class ReferenceEnvironmentTest extends EnvironmentScenario {
    @Override
    protected Implementation implementation() {
        return Implementation.REFERENCE;
    }
}
