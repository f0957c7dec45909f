package dev.jsupervisor.daemon.loop;

import java.util.LinkedHashSet;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Signals on their way from the JVM's signal threads to the loop thread. A handler only calls
 * {@link #offer}, which records the number and wakes the loop's Selector; the loop takes one
 * signal per pass. A signal already waiting is not queued twice (the reference's
 * SignalReceiver does the same), so a burst of SIGCHLD costs one pass.
 */
final class SignalQueue {
    private final Set<Integer> waiting = new LinkedHashSet<>();
    private final Runnable wakeup;

    /** @param wakeup wakes the loop (Selector.wakeup), callable from any thread */
    SignalQueue(Runnable wakeup) {
        this.wakeup = wakeup;
    }

    /** From any thread: remember the signal and wake the loop. */
    void offer(int signal) {
        synchronized (waiting) {
            waiting.add(signal);
        }
        wakeup.run();
    }

    /** The oldest waiting signal, removed from the queue. */
    OptionalInt poll() {
        synchronized (waiting) {
            if (waiting.isEmpty()) {
                return OptionalInt.empty();
            }
            Integer first = waiting.iterator().next();
            waiting.remove(first);
            return OptionalInt.of(first);
        }
    }

    boolean isEmpty() {
        synchronized (waiting) {
            return waiting.isEmpty();
        }
    }
}
