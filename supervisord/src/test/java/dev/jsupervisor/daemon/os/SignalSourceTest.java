package dev.jsupervisor.daemon.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signals sent to this test JVM itself. Every signal is sent only after install() reported its
 * handler, so a failure cannot kill the test JVM; handlers are restored afterwards.
 */
class SignalSourceTest {
    private static final int HUP = 1;
    private static final int INT = 2;
    private static final int QUIT = 3;
    private static final int USR2 = 12;
    private static final int TERM = 15;
    private static final int CHLD = 17;

    private final NativeOs os = Children.OS;
    private final BlockingQueue<Integer> received = new LinkedBlockingQueue<>();
    private SignalSource source;
    private List<Integer> installed;
    private sun.misc.SignalHandler originalTerm;

    @BeforeEach
    void install() {
        // TERM ignored as after nohup-like starts: install() must reset it, else HotSpot skips it.
        originalTerm = sun.misc.Signal.handle(new sun.misc.Signal("TERM"), sun.misc.SignalHandler.SIG_IGN);
        source = new SignalSource(os);
        installed = source.install(received::add);
    }

    @AfterEach
    void restore() {
        source.uninstall();
        sun.misc.Signal.handle(new sun.misc.Signal("TERM"), originalTerm);
    }

    @Test
    void everythingButQuitIsInstalled() {
        assertEquals(List.of(TERM, INT, HUP, USR2, CHLD), installed);
        assertFalse(installed.contains(QUIT), "HotSpot keeps QUIT for thread dumps");
        assertFalse(os.isIgnored(TERM), "TERM was ignored before install() and must not be now");
    }

    @Test
    void signalsReachTheCallback() throws InterruptedException {
        for (int signal : List.of(USR2, HUP, TERM, INT)) {
            assertTrue(installed.contains(signal));
            assertEquals(0, os.kill(os.getpid(), signal));
            assertEquals(signal, next(CHLD));
        }
    }

    @Test
    void childExitRaisesChld() throws IOException, InterruptedException {
        received.clear();
        Children.Outcome o = Children.run(Children.spawner(), Children.spec(List.of("/bin/true")), true);
        assertEquals(0, o.status().exitStatus());
        assertEquals(CHLD, received.poll(5, TimeUnit.SECONDS));
    }

    /** The next signal other than {@code skip} (children of other tests may still raise CHLD). */
    private int next(int skip) throws InterruptedException {
        while (true) {
            Integer s = received.poll(5, TimeUnit.SECONDS);
            if (s == null) {
                throw new AssertionError("no signal arrived");
            }
            if (s != skip) {
                return s;
            }
        }
    }
}
