package dev.jsupervisor.e2e.daemon;

class OursOrderTest extends OrderScenario {
    @Override
    protected Implementation implementation() {
        return Implementation.OURS;
    }
}
