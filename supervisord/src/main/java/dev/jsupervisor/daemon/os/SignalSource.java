package dev.jsupervisor.daemon.os;

import dev.jsupervisor.config.value.Signals;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Delivers the signals supervisord acts on (TERM, INT, QUIT, HUP, USR2, CHLD) to one callback,
 * which runs on the JVM's "SIGxxx handler" thread: it should only enqueue the number and wake
 * the event loop's Selector.
 *
 * <p>Why the disposition reset: HotSpot silently skips installing a handler for HUP/INT/TERM
 * when the signal was ignored at JVM start (nohup, background jobs of a non-interactive shell),
 * so ignored signals are set back to SIG_DFL first, as the reference's handlers would override
 * SIG_IGN too.
 *
 * <p>QUIT: HotSpot keeps it for its thread dump and refuses a Java handler
 * (IllegalArgumentException "Signal already used by VM or OS"), so on a standard JVM QUIT is
 * not delivered here and prints a thread dump instead of shutting down (a documented deviation;
 * with -Xrs the JVM would give up QUIT but also refuse HUP/INT/TERM, so -Xrs must not be used).
 * {@link #install} reports which signals it actually got.
 */
public final class SignalSource {
    /** The signals supervisord handles, in the reference's order. */
    public static final Map<String, Integer> HANDLED = handled();

    private final NativeOs os;
    private final List<String> names;
    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

    /** The signals supervisord handles ({@link #HANDLED}). */
    public SignalSource(NativeOs os) {
        this(os, List.copyOf(HANDLED.keySet()));
    }

    /** These signals, by name without "SIG" (pidproxy forwards its own set). */
    public SignalSource(NativeOs os, List<String> names) {
        this.os = os;
        this.names = List.copyOf(names);
    }

    private static Map<String, Integer> handled() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String name : new String[] {"TERM", "INT", "QUIT", "HUP", "USR2", "CHLD"}) {
            m.put(name, Signals.attribute("SIG" + name).orElseThrow());   // one signal table: common-config's
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * Installs the handlers.
     *
     * @return the numbers of the signals that will reach {@code onSignal}
     */
    public synchronized List<Integer> install(IntConsumer onSignal) {
        List<Integer> installed = new ArrayList<>();
        for (String name : names) {
            int number = Signals.attribute("SIG" + name).orElseThrow();
            if (installOne(name, number, onSignal)) {
                installed.add(number);
            }
        }
        return installed;
    }

    private boolean installOne(String name, int number, IntConsumer onSignal) {
        if (os.isIgnored(number)) {
            os.setDefaultDisposition(number);
        }
        Signal signal = new Signal(name);
        try {
            SignalHandler old = Signal.handle(signal, s -> onSignal.accept(s.getNumber()));
            previous.put(signal, old);
            return true;
        } catch (IllegalArgumentException refusedByJvm) {
            return false;
        }
    }

    /** Puts the handlers back that were there before {@link #install} (tests; a restart keeps them). */
    public synchronized void uninstall() {
        previous.forEach((signal, old) -> {
            try {
                Signal.handle(signal, old);
            } catch (IllegalArgumentException e) {
                // the JVM refuses to take some signals back; nothing else can be done
            }
        });
        previous.clear();
    }
}
