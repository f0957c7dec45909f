package dev.jsupervisor.daemon;

import dev.jsupervisor.config.launch.Invocation;
import dev.jsupervisor.config.launch.Console;
import java.util.List;

/**
 * Entry point of {@code bin/supervisord}. All logic lives in {@link ServerStartup}, which returns
 * the exit code, so that tests never reach {@code System.exit}.
 */
public final class SupervisordMain {
    /** The reference version this build imitates; {@code supervisord -v} prints it. */
    public static final String VERSION = Messages.VERSION;

    private SupervisordMain() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), Invocation.current("supervisord"), Console.system()));
    }

    static int run(List<String> args, Invocation invocation, Console console) {
        return new ServerStartup(invocation, console).run(args);
    }
}
