package dev.jsupervisor.e2e.cli;

/** How one run ended: exit code, both output streams, and how long it took. */
record Outcome(int exitCode, String stdout, String stderr, long millis) {
    /** Placeholder for the program path, which legitimately differs between the two sides. */
    static final String ARGV0 = "<ARGV0>";

    /** The same outcome with every occurrence of the invoked path replaced by {@link #ARGV0}. */
    Outcome withArgv0Replaced(String argv0) {
        return new Outcome(exitCode, stdout.replace(argv0, ARGV0), stderr.replace(argv0, ARGV0), millis);
    }

    /** What is compared: everything but the time, laid out for a readable assertion diff. */
    String comparable() {
        return "exit " + exitCode + "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;
    }
}
