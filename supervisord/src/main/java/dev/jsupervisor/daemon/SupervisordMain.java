package dev.jsupervisor.daemon;

import java.io.PrintStream;
import java.util.List;

/**
 * Entry point of {@code bin/supervisord}.
 *
 * <p>For now only {@code -v}/{@code --version} works; the supervision core arrives with issue 3.
 * {@link #run} returns the exit code so that tests never reach {@code System.exit}.
 */
public final class SupervisordMain {
    /** The reference version this build imitates; {@code supervisord -v} prints it. */
    public static final String VERSION = "4.2.5";

    static final String NOT_IMPLEMENTED =
            "supervisord: the supervision core is not implemented yet in this build (see issue 3)";

    private SupervisordMain() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (wantsVersion(args)) {
            out.println(VERSION);
            return 0;
        }
        err.println(NOT_IMPLEMENTED);
        return 1;
    }

    static boolean wantsVersion(List<String> args) {
        return args.contains("-v") || args.contains("--version");
    }
}
