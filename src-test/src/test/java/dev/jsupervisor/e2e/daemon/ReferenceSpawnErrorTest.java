package dev.jsupervisor.e2e.daemon;

class ReferenceSpawnErrorTest extends SpawnErrorScenario {
    @Override
    protected Implementation implementation() {
        return Implementation.REFERENCE;
    }
}
