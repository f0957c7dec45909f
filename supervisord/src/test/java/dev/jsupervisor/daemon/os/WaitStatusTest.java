package dev.jsupervisor.daemon.os;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WaitStatusTest {
    @Test
    void descriptionsAsTheReferenceWritesThem() {
        assertEquals("exit status 0", WaitStatus.ofExit(0).description());
        assertEquals("exit status 255", WaitStatus.ofExit(255).description());
        assertEquals(42, WaitStatus.ofExit(42).exitStatus());
        assertEquals("terminated by SIGTERM", WaitStatus.ofSignal(15, false).description());
        assertEquals("terminated by SIGSEGV (core dumped)", WaitStatus.ofSignal(11, true).description());
        assertEquals("terminated by signal 40", WaitStatus.ofSignal(40, false).description());
        assertEquals(-1, WaitStatus.ofSignal(9, false).exitStatus());
        assertEquals("unknown termination cause 0x137f", new WaitStatus(0x137f).description());
    }

    @Test
    void segvFromARealChild(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        // a core dump depends on RLIMIT_CORE/core_pattern; the signal part must hold either way.
        // The child runs in a temp dir so that a core file cannot land in the checkout.
        java.util.List<String> argv = java.util.List.of("/bin/sh", "-c", "kill -SEGV $$");
        SpawnSpec spec = new SpawnSpec("/bin/sh", argv, Children.env(java.util.Map.of()), dir.toString(),
                null, null, -1, -1, -1);
        WaitStatus s = Children.run(Children.spawner(), spec, false).status();
        assertEquals(11, s.termSignal());
        assertEquals(s.coreDumped() ? "terminated by SIGSEGV (core dumped)" : "terminated by SIGSEGV",
                s.description());
    }
}
