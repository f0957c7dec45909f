package dev.jsupervisor.daemon.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Startup steps 2-3 against the real process; nothing here lowers the test JVM's rights. */
class DaemonLimitsTest {
    private final NativeOs os = Children.OS;

    @Test
    void rlimitAlreadyHighEnoughChangesNothing() {
        long soft = os.getrlimit(Rlimit.NOFILE).soft();
        RlimitRaiser.Outcome o = new RlimitRaiser(os).raise(Math.min(soft, 16), 1);
        assertEquals(List.of(), o.infos());
        assertEquals(null, o.usageError());
    }

    @Test
    void rlimitRaisedUpToTheHardLimit() {
        Rlimit before = os.getrlimit(Rlimit.NOFILE);
        assumeTrue(before.soft() != Rlimit.UNLIMITED && before.hard() != Rlimit.UNLIMITED);
        os.setrlimit(Rlimit.NOFILE, new Rlimit(before.soft() - 1, before.hard()));
        try {
            RlimitRaiser.Outcome o = new RlimitRaiser(os).raise(before.soft(), 1);
            assertEquals(List.of("Increased RLIMIT_NOFILE limit to " + before.soft()), o.infos());
            assertEquals(before, os.getrlimit(Rlimit.NOFILE));
        } finally {
            os.setrlimit(Rlimit.NOFILE, before);
        }
    }

    @Test
    void rlimitBeyondWhatTheKernelAllowsIsAUsageError() {
        Rlimit before = os.getrlimit(Rlimit.NOFILE);
        long huge = 1L << 40; // above fs.nr_open, refused even for root
        RlimitRaiser.Outcome o = new RlimitRaiser(os).raise(huge, 1);
        assertTrue(o.failed());
        assertTrue(o.usageError().startsWith("The minimum number of file descriptors required to run this"
                + " process is " + huge + " as per the \"minfds\" command-line argument"), o.usageError());
        assertEquals(before, os.getrlimit(Rlimit.NOFILE));
    }

    @Test
    void privilegeDropTexts() {
        assumeTrue(os.getpwuid(4242).isEmpty());
        assertEquals(Optional.of("Can't find uid 4242"), new PrivilegeDrop(os).drop(4242));
        assertEquals(Optional.empty(), new PrivilegeDrop(os).drop(os.getuid()));
    }

    @Test
    void accountLookups() {
        NativeOs.Passwd root = os.getpwuid(0).orElseThrow();
        assertEquals("root", root.name());
        assertEquals(0, root.gid());
        assertEquals("/root", root.home());
        assertEquals(0, os.groupsOf("root", 0)[0]);
    }

    @Test
    void umaskRoundTrip() {
        int old = os.umask(0027);
        try {
            assertEquals(0027, os.currentUmask());
        } finally {
            os.umask(old);
        }
    }

    @Test
    void errnoNamesAsPythonSpellsThem() {
        assertEquals("ENOENT", os.errnoName(2));
        assertEquals("EDEADLOCK", os.errnoName(35));
        assertEquals("ENOTSUP", os.errnoName(95));
        assertEquals("9999", os.errnoName(9999));
        assertEquals(3, os.kill(Integer.MAX_VALUE, 0), "ESRCH for a pid that cannot exist");
    }
}
