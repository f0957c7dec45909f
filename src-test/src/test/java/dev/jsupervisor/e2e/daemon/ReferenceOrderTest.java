package dev.jsupervisor.e2e.daemon;

class ReferenceOrderTest extends OrderScenario {
    @Override
    protected Implementation implementation() {
        return Implementation.REFERENCE;
    }
}
