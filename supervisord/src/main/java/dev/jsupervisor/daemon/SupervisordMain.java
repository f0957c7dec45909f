package dev.jsupervisor.daemon;

import dev.jsupervisor.config.launch.Invocation;
import dev.jsupervisor.config.launch.Console;
import dev.jsupervisor.daemon.loop.DaemonChild;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of {@code bin/supervisord}. All logic lives in {@link ServerStartup}, which returns
 * the exit code, so that tests never reach {@code System.exit}.
 */
public final class SupervisordMain {
    /** The reference version this build imitates; {@code supervisord -v} prints it. */
    public static final String VERSION = Messages.VERSION;

    private SupervisordMain() {}

    public static void main(String[] args) {
        Optional<DaemonChild> daemonChild = DaemonChild.inherited();
        Invocation invocation = Invocation.current("supervisord");
        Console console = Console.system();
        if (daemonChild.isPresent()) {
            // The daemon half of daemon mode: errors go to the launching JVM through the
            // readiness pipe, and relative paths mean what they meant where it was started.
            console = new Console(console.out(), daemonChild.get().errors());
            invocation = withCwd(invocation, DaemonChild.originalCwd().orElse(invocation.cwd()));
        }
        System.exit(new ServerStartup(invocation, console).run(List.of(args), daemonChild));
    }

    private static Invocation withCwd(Invocation i, String cwd) {
        return new Invocation(i.argv0(), i.env(), cwd, i.hostname(), i.uid(), i.accounts());
    }
}
