package dev.jsupervisor.ctl;

import java.io.PrintStream;
import java.util.List;

/**
 * Entry point of {@code bin/supervisorctl}. The client and its shell arrive with issue 4;
 * {@link #run} returns the exit code so that tests never reach {@code System.exit}.
 */
public final class SupervisorctlMain {
    static final String NOT_IMPLEMENTED =
            "supervisorctl: not implemented yet in this build (see issue 4)";

    private SupervisorctlMain() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        err.println(NOT_IMPLEMENTED);
        return 1;
    }
}
