package dev.jsupervisor.daemon.loop;

/** Makes {@link StartupFailure}s for tests outside this package. */
public final class TestFailures {
    private TestFailures() {}

    public static StartupFailure usage(String message) {
        return StartupFailure.usage(message);
    }

    public static StartupFailure fatal(String message) {
        return StartupFailure.fatal(message);
    }
}
