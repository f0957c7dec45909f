package dev.jsupervisor.e2e.daemon;

class OursChildLogTest extends ChildLogScenario {
    @Override
    protected Implementation implementation() {
        return Implementation.OURS;
    }
}
