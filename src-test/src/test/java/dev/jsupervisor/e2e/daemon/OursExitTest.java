package dev.jsupervisor.e2e.daemon;

class OursExitTest extends ExitScenario {
    @Override
    protected Implementation implementation() {
        return Implementation.OURS;
    }
}
