package dev.jsupervisor.config.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Linux x86_64 signal names and numbers as CPython 3.11's {@code signal} module exposes them, which
 * is what Supervisor consults: names for config values, the "SIG*" attribute values as the set of
 * acceptable numbers, and a reverse table for log lines ("terminated by SIGTERM").
 */
public final class Signals {
    private Signals() {}

    /** Every attribute of the signal module whose name starts with "SIG", with its value. */
    private static final Map<String, Integer> ATTRIBUTES = attributes();

    /** Supervisor's SIGNUMS: the values of those attributes, so 0..31, 34 and 64 (not 32/33/35..63). */
    private static final Set<Integer> ACCEPTED_NUMBERS =
            Collections.unmodifiableSet(new TreeSet<>(ATTRIBUTES.values()));

    private static Map<String, Integer> attributes() {
        Map<String, Integer> m = new LinkedHashMap<>();
        String[] names = {"SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE",
            "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD",
            "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM",
            "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"};
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], i + 1);
        }
        m.put("SIGIOT", 6);
        m.put("SIGCLD", 17);
        m.put("SIGPOLL", 29);
        m.put("SIGRTMIN", 34);
        m.put("SIGRTMAX", 64);
        // Handler and mask constants also start with "SIG"; Supervisor accepts them as signals.
        m.put("SIG_DFL", 0);
        m.put("SIG_IGN", 1);
        m.put("SIG_BLOCK", 0);
        m.put("SIG_UNBLOCK", 1);
        m.put("SIG_SETMASK", 2);
        return Collections.unmodifiableMap(m);
    }

    /** The value of signal-module attribute {@code attribute} (exact spelling, e.g. "SIGTERM"). */
    public static Optional<Integer> attribute(String attribute) {
        return Optional.ofNullable(ATTRIBUTES.get(attribute));
    }

    /** Whether Supervisor accepts this number in a signal option. */
    public static boolean isAccepted(int number) {
        return ACCEPTED_NUMBERS.contains(number);
    }

    /** The numbers Supervisor accepts, ascending. */
    public static Set<Integer> acceptedNumbers() {
        return ACCEPTED_NUMBERS;
    }

    /**
     * The reference's symbolic name (options.signame without the fallback): aliases resolve as
     * CPython's module dict order makes them, so 6 is SIGABRT, 17 SIGCHLD but 29 is SIGPOLL.
     */
    public static Optional<String> name(int number) {
        if (number == 29) {
            return Optional.of("SIGPOLL");
        }
        for (Map.Entry<String, Integer> e : ATTRIBUTES.entrySet()) {
            if (e.getValue() == number && !e.getKey().startsWith("SIG_")) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** options.signame(n): the name, or "signal N" when there is none. */
    public static String signame(int number) {
        return name(number).orElse("signal " + number);
    }
}
