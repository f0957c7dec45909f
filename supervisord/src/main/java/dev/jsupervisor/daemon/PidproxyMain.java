package dev.jsupervisor.daemon;

import dev.jsupervisor.daemon.os.JnrNativeOs;
import dev.jsupervisor.daemon.os.NativeOs;
import dev.jsupervisor.daemon.os.SignalSource;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of {@code bin/pidproxy}: {@code pidproxy <pidfile> <command> [args...]}.
 *
 * <p>The usage text follows the reference byte for byte (it is the reference's module docstring
 * printed with one extra newline). The work is in {@link Pidproxy}.
 */
public final class PidproxyMain {
    /** System property set by the launcher to the path it was invoked as (Python's sys.argv[0]). */
    static final String ARGV0_PROPERTY = "jsupervisor.argv0";

    private PidproxyMain() {}

    public static void main(String[] args) {
        String argv0 = System.getProperty(ARGV0_PROPERTY, "pidproxy");
        System.exit(run(List.of(args), argv0, System.out, System.err));
    }

    static int run(List<String> args, String argv0, PrintStream out, PrintStream err) {
        if (args.size() < 2) {
            out.print(usage(argv0));
            out.flush();
            return 1;
        }
        NativeOs os = new JnrNativeOs();
        Pidproxy proxy = new Pidproxy(os, args.get(0), out, err);
        SignalSource signals = new SignalSource(os, Pidproxy.watchedSignals());
        signals.install(proxy::deliver);
        List<String> env = new ArrayList<>();
        System.getenv().forEach((k, v) -> env.add(k + "=" + v));
        try {
            return proxy.run(args.get(1), args.subList(1, args.size()), env);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            signals.uninstall();
        }
    }

    /** The usage text, ending with the blank line Python's print() adds after the docstring. */
    static String usage(String argv0) {
        return "pidproxy -- run command and proxy signals to it via its pidfile.\n"
                + "\n"
                + "This executable runs a command and then monitors a pidfile.  When this\n"
                + "executable receives a signal, it sends the same signal to the pid\n"
                + "in the pidfile.\n"
                + "\n"
                + "Usage: " + argv0 + " <pidfile name> <command> [<cmdarg1> ...]\n"
                + "\n";
    }
}
