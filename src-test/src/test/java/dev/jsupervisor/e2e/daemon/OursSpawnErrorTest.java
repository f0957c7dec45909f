package dev.jsupervisor.e2e.daemon;

class OursSpawnErrorTest extends SpawnErrorScenario {
    @Override
    protected Implementation implementation() {
        return Implementation.OURS;
    }
}
