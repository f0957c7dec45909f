package dev.jsupervisor.config.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names as supervisor.options.signame prints them under Debian's Python 3.11 on x86_64. */
class SignalsTest {
    @Test
    void signameMatchesTheReferenceTable() {
        assertEquals("SIGHUP", Signals.signame(1));
        assertEquals("SIGABRT", Signals.signame(6));
        assertEquals("SIGKILL", Signals.signame(9));
        assertEquals("SIGTERM", Signals.signame(15));
        assertEquals("SIGSTKFLT", Signals.signame(16));
        assertEquals("SIGCHLD", Signals.signame(17));
        assertEquals("SIGPOLL", Signals.signame(29));
        assertEquals("SIGSYS", Signals.signame(31));
        assertEquals("SIGRTMIN", Signals.signame(34));
        assertEquals("SIGRTMAX", Signals.signame(64));
        assertEquals("signal 0", Signals.signame(0));
        assertEquals("signal 32", Signals.signame(32));
        assertEquals("signal 35", Signals.signame(35));
        assertEquals("signal 65", Signals.signame(65));
        assertEquals(Optional.empty(), Signals.name(40));
    }

    @Test
    void acceptedNumbersAreTheValuesOfSigAttributes() {
        for (int n = 0; n <= 31; n++) {
            assertTrue(Signals.isAccepted(n), "accepts " + n);
        }
        assertTrue(Signals.isAccepted(34));
        assertTrue(Signals.isAccepted(64));
        assertFalse(Signals.isAccepted(32));
        assertFalse(Signals.isAccepted(35));
        assertFalse(Signals.isAccepted(-1));
        assertEquals(34, Signals.acceptedNumbers().size());
    }

    @Test
    void attributesIncludeAliasesAndHandlerConstants() {
        assertEquals(Optional.of(6), Signals.attribute("SIGIOT"));
        assertEquals(Optional.of(0), Signals.attribute("SIG_DFL"));
        assertEquals(Optional.empty(), Signals.attribute("sigterm"));
    }
}
