package dev.jsupervisor.e2e.daemon;

class ReferenceAutorestartTest extends AutorestartScenario {
    @Override
    protected Implementation implementation() {
        return Implementation.REFERENCE;
    }
}
