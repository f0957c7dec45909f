package dev.jsupervisor.e2e.daemon;

class OursAutorestartTest extends AutorestartScenario {
    @Override
    protected Implementation implementation() {
        return Implementation.OURS;
    }
}
