package dev.jsupervisor.daemon.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.xmlrpc.ProcessState;
import org.junit.jupiter.api.Test;

/** Wait statuses, namespecs and event payloads. */
class ValuesTest {

    @Test
    void waitStatusTexts() {
        assertEquals(new WaitStatus(0, "exit status 0"), WaitStatus.exited(0));
        assertEquals(new WaitStatus(-1, "terminated by SIGTERM"), WaitStatus.killedBy(15, false));
        assertEquals(new WaitStatus(-1, "terminated by SIGABRT (core dumped)"), WaitStatus.killedBy(6, true));
        assertEquals(new WaitStatus(-1, "terminated by signal 40"), WaitStatus.killedBy(40, false));
    }

    @Test
    void waitStatusFromRawLinuxWords() {
        assertEquals(WaitStatus.exited(3), WaitStatus.fromRaw(3 << 8));
        assertEquals(WaitStatus.exited(255), WaitStatus.fromRaw(255 << 8));
        assertEquals(WaitStatus.killedBy(9, false), WaitStatus.fromRaw(9));
        assertEquals(WaitStatus.killedBy(11, true), WaitStatus.fromRaw(11 | 0x80));
        assertEquals(new WaitStatus(-1, "unknown termination cause 0x137f"), WaitStatus.fromRaw(0x137f));
    }

    @Test
    void namespecs() {
        assertEquals("cat", Namespec.of("cat", "cat"));
        assertEquals("grp:cat", Namespec.of("grp", "cat"));
        assertEquals(new Namespec("grp", "cat"), Namespec.parse("grp:cat"));
        assertEquals(new Namespec("cat", "cat"), Namespec.parse("cat"));
        assertEquals(new Namespec("cat", "cat"), Namespec.parse("cat:cat"));
        assertTrue(Namespec.parse("grp:").isWholeGroup());
        assertTrue(Namespec.parse("grp:*").isWholeGroup());
        assertFalse(Namespec.parse("grp:a:b").isWholeGroup());
        assertEquals(new Namespec("grp", "a:b"), Namespec.parse("grp:a:b"));
    }

    @Test
    void eventPayloadsCarryWhatEachTypeNeeds() {
        assertEquals("processname:w1 groupname:workers from_state:BACKOFF tries:2",
                change(ProcessState.BACKOFF, ProcessState.STARTING, true).payload());
        assertEquals("processname:w1 groupname:workers from_state:STARTING tries:2",
                change(ProcessState.STARTING, ProcessState.BACKOFF, true).payload());
        assertEquals("processname:w1 groupname:workers from_state:STARTING pid:7",
                change(ProcessState.STARTING, ProcessState.RUNNING, true).payload());
        assertEquals("processname:w1 groupname:workers from_state:RUNNING pid:7",
                change(ProcessState.RUNNING, ProcessState.STOPPING, true).payload());
        assertEquals("processname:w1 groupname:workers from_state:STOPPING pid:7",
                change(ProcessState.STOPPING, ProcessState.STOPPED, true).payload());
        assertEquals("processname:w1 groupname:workers from_state:RUNNING expected:0 pid:7",
                change(ProcessState.RUNNING, ProcessState.EXITED, false).payload());
        assertEquals("processname:w1 groupname:workers from_state:BACKOFF",
                change(ProcessState.BACKOFF, ProcessState.FATAL, true).payload());
        assertEquals("processname:w1 groupname:workers from_state:RUNNING",
                change(ProcessState.RUNNING, ProcessState.UNKNOWN, true).payload());
        assertEquals("PROCESS_STATE_EXITED", change(ProcessState.RUNNING, ProcessState.EXITED, true).eventName());
    }

    private static Effect.StateChange change(ProcessState from, ProcessState to, boolean expected) {
        return new Effect.StateChange("w1", "workers", from, to, 7, 2, expected);
    }
}
