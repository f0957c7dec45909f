package dev.jsupervisor.e2e.ctl;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No server (refused, no such file) and a server that wants credentials (401). */
class ConnectionErrorsTest {
    static final String[] ACTIONS = {"status", "status cat", "start cat", "stop cat", "restart cat",
        "signal HUP cat", "pid", "pid all", "tail cat", "tail -f cat", "maintail", "clear cat", "version", "fg cat",
        "avail", "reread", "add x", "remove x", "update", "shutdown", "reload", "help", "bogus", "open foo:x"};

    private static List<String> args(String server, String extra, String action) {
        List<String> all = new ArrayList<>(List.of("-s", server));
        if (!extra.isEmpty()) {
            all.addAll(List.of(extra.split(" ")));
        }
        all.addAll(List.of(action.split(" ")));
        return all;
    }

    @Test
    void everyActionWithoutAServer() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CtlDaemon.REFERENCE)), "reference supervisord not installed");
        CtlRun.oursPath();
        try (CtlDaemon daemon = new CtlDaemon("")) {
            daemon.awaitSettled();
            Comparison c = new Comparison(daemon, daemon);
            int closedPort = CtlDaemon.freePort();
            Path notSocket = daemon.dir.resolve("sv.conf");
            for (String server : new String[] {"unix://" + daemon.dir + "/nosuch.sock", "unix://" + notSocket,
                "http://127.0.0.1:" + closedPort}) {
                for (String action : ACTIONS) {
                    c.sameRaw(args(server, "", action), args(server, "", action));
                }
            }
            c.verify("no server");
        }
    }

    @Test
    void authenticationRequiredAndGiven() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CtlDaemon.REFERENCE)), "reference supervisord not installed");
        CtlRun.oursPath();
        try (CtlDaemon daemon = new CtlDaemon("")) {
            daemon.awaitSettled();
            Comparison c = new Comparison(daemon, daemon);
            String server = "http://127.0.0.1:" + daemon.port;
            for (String credentials : new String[] {"", "-u user -p wrong", "-u user -p 123"}) {
                for (String action : new String[] {"status", "pid", "version", "avail", "shutdown x", "help",
                    "tail quick", "maintail -1"}) {
                    c.sameRaw(args(server, credentials, action), args(server, credentials, action));
                }
            }
            c.verify("authentication");
        }
    }
}
