package dev.jsupervisor.daemon.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsupervisor.daemon.process.ProcessRecord;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessInfosTest {
    @Test
    void membersInTheReferenceOrderWithIntTypes() {
        ProcessRecord never = new ProcessRecord(FakeDaemon.program("never"), "never");
        Map<String, Object> info = ProcessInfos.of(never, "/l/out", "", 1_700_000_000L, ZoneOffset.UTC);
        assertEquals(List.of("name", "group", "start", "stop", "now", "state", "statename", "spawnerr", "exitstatus",
                "logfile", "stdout_logfile", "stderr_logfile", "pid", "description"), List.copyOf(info.keySet()));
        assertEquals(0, info.get("start"));
        assertEquals(0, info.get("stop"));
        assertEquals(1_700_000_000, info.get("now"));
        assertEquals(0, info.get("state"));
        assertEquals("STOPPED", info.get("statename"));
        assertEquals("", info.get("spawnerr"));
        assertEquals(0, info.get("exitstatus"));
        assertEquals("/l/out", info.get("logfile"));
        assertEquals("/l/out", info.get("stdout_logfile"));
        assertEquals("", info.get("stderr_logfile"));
        assertEquals(0, info.get("pid"));
        assertEquals("Not started", info.get("description"));
    }

    @Test
    void timesBeyond32BitsAreCapped() {
        assertEquals(Integer.MAX_VALUE, ProcessInfos.capped(1L << 40));
        assertEquals(5, ProcessInfos.capped(5));
    }
}
