package dev.jsupervisor.ctl;

import dev.jsupervisor.xmlrpc.HttpStatusException;
import dev.jsupervisor.xmlrpc.LogTailClient;
import dev.jsupervisor.xmlrpc.ServerUrl;
import dev.jsupervisor.xmlrpc.TransportException;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * tail -f / maintail -f: streams a log over HTTP until the server ends it or the user presses
 * Ctrl-C (then a newline is printed and the action ends normally, as in the reference).
 */
final class Follower {
    private final Controller ctl;

    Follower(Controller ctl) {
        this.ctl = ctl;
    }

    void follow(String path) {
        ctl.output(Messages.PRESS_CTRL_C);
        String url = ctl.serverUrl() + path;
        AtomicBoolean interrupted = new AtomicBoolean();
        SignalHandler previous = null;
        try (LogTailClient client = new LogTailClient(ServerUrl.parse(ctl.serverUrl()), ctl.username(), ctl.password())) {
            previous = Signal.handle(new Signal("INT"), sig -> {
                interrupted.set(true);
                client.close();
            });
            client.stream(path, ctl::write);
        } catch (HttpStatusException e) {
            System.err.print(url + " " + String.format(Messages.CANNOT_READ, e.status()) + "\n");
        } catch (TransportException e) {
            System.err.print(url + " Cannot connect, error: " + e.getMessage() + "\n");
        }
        if (previous != null) {
            Signal.handle(new Signal("INT"), previous); // the shell's own Ctrl-C handling comes back
        }
        if (interrupted.get()) {
            ctl.output("");
        }
    }
}
