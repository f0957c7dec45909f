package dev.jsupervisor.e2e.daemon;

class ReferenceChildLogTest extends ChildLogScenario {
    @Override
    protected Implementation implementation() {
        return Implementation.REFERENCE;
    }
}
