package dev.jsupervisor.e2e.daemon;

class ReferenceExitTest extends ExitScenario {
    @Override
    protected Implementation implementation() {
        return Implementation.REFERENCE;
    }
}
