package dev.jsupervisor.e2e.daemon;

class ReferenceShutdownTest extends ShutdownScenario {
    @Override
    protected Implementation implementation() {
        return Implementation.REFERENCE;
    }
}
