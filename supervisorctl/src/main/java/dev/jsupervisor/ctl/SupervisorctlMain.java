package dev.jsupervisor.ctl;

import dev.jsupervisor.config.launch.Invocation;
import dev.jsupervisor.config.launch.Console;
import java.util.List;

/**
 * Entry point of {@code bin/supervisorctl}. All logic lives in {@link ClientStartup}, which
 * returns the exit code, so that tests never reach {@code System.exit}.
 */
public final class SupervisorctlMain {
    private SupervisorctlMain() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), Invocation.current("supervisorctl"), Console.system()));
    }

    static int run(List<String> args, Invocation invocation, Console console) {
        return new ClientStartup(invocation, console).run(args);
    }
}
