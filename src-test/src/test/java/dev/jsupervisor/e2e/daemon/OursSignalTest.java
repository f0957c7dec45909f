package dev.jsupervisor.e2e.daemon;

class OursSignalTest extends SignalScenario {
    @Override
    protected Implementation implementation() {
        return Implementation.OURS;
    }
}
