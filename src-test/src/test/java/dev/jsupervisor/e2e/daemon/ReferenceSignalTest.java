package dev.jsupervisor.e2e.daemon;

class ReferenceSignalTest extends SignalScenario {
    @Override
    protected Implementation implementation() {
        return Implementation.REFERENCE;
    }
}
