package dev.jsupervisor.xmlrpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The codes clients such as Prometheus' collector and supervisorctl compare against. */
class WireConstantsTest {
    @Test
    void processStateCodesAreTheReferences() {
        assertEquals("STOPPED=0 STARTING=10 RUNNING=20 BACKOFF=30 STOPPING=40 EXITED=100 FATAL=200 UNKNOWN=1000",
                describe(ProcessState.values()));
    }

    @Test
    void stateSetsMatchTheCheatSheet() {
        assertTrue(ProcessState.EXITED.isStopped());
        assertTrue(ProcessState.UNKNOWN.isStopped());
        assertTrue(ProcessState.BACKOFF.isRunning());
        assertFalse(ProcessState.BACKOFF.isSignallable());
        assertTrue(ProcessState.STOPPING.isSignallable());
        assertFalse(ProcessState.STOPPING.isRunning());
        assertEquals(ProcessState.FATAL, ProcessState.ofCode(200));
    }

    @Test
    void faultStringsAreNameOrNameColonDetail() {
        assertEquals("BAD_NAME: foo", Fault.BAD_NAME.faultString("foo"));
        assertEquals("UNKNOWN_METHOD", Fault.UNKNOWN_METHOD.faultString(null));
        assertEquals(92, Fault.CANT_REREAD.code());
        assertNull(Fault.ofCode(5));
    }

    @Test
    void supervisorAndListenerStateCodes() {
        assertEquals("FATAL=2 RUNNING=1 RESTARTING=0 SHUTDOWN=-1", describe(SupervisorState.values()));
        assertEquals("READY=10 BUSY=20 ACKNOWLEDGED=30 UNKNOWN=40", describe(ListenerState.values()));
    }

    private static String describe(Enum<?>[] values) {
        StringBuilder out = new StringBuilder();
        for (Enum<?> v : values) {
            int code = v instanceof ProcessState p ? p.code()
                    : v instanceof SupervisorState s ? s.code() : ((ListenerState) v).code();
            out.append(out.length() == 0 ? "" : " ").append(v.name()).append('=').append(code);
        }
        return out.toString();
    }
}
