package dev.jsupervisor.e2e.fcgi;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The life of two fcgi pools, observed from outside the same way on either daemon: clients on
 * the TCP and unix sockets, the socket file's mode, restarts with clients connecting meanwhile,
 * stop, update (group removed), reload and shutdown. Each observation is one normalised line.
 */
final class FcgiScenario {
    /** What every config of these tests starts with: logs, socket and ctl in ${DIR}. */
    static final String HEADER = """
            [supervisord]
            logfile=${DIR}/sv.log
            pidfile=${DIR}/sv.pid
            childlogdir=${DIR}
            [unix_http_server]
            file=${DIR}/sv.sock
            [rpcinterface:supervisor]
            supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface
            [supervisorctl]
            serverurl=unix://${DIR}/sv.sock
            """;

    static final String CONFIG = """
            [supervisord]
            logfile=${DIR}/sv.log
            pidfile=${DIR}/sv.pid
            childlogdir=${DIR}
            identifier=fcgi
            [unix_http_server]
            file=${DIR}/sv.sock
            [rpcinterface:supervisor]
            supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface
            [supervisorctl]
            serverurl=unix://${DIR}/sv.sock
            [fcgi-program:uweb]
            command=/usr/bin/python3 ${DIR}/hello.py
            socket=unix://${DIR}/u.sock
            socket_mode=0640
            startsecs=0
            """;

    static final String WEB = """
            [fcgi-program:web]
            command=/usr/bin/python3 ${DIR}/hello.py
            socket=tcp://127.0.0.1:${PORT}
            socket_backlog=7
            ; not a 4.2.5 option: ignored, SO_REUSEADDR stays on
            socket_reuse=false
            numprocs=2
            process_name=%(program_name)s_%(process_num)d
            startsecs=0
            """;

    private final FcgiTwin twin;
    private final List<String> seen = new ArrayList<>();

    private FcgiScenario(FcgiTwin twin) {
        this.twin = twin;
    }

    static List<String> run(FcgiTwin twin) throws Exception {
        FcgiScenario scenario = new FcgiScenario(twin);
        scenario.play();
        return scenario.seen;
    }

    private void play() throws Exception {
        twin.awaitRunning(3);
        clients("started");
        see("socket mode " + PosixFilePermissions.toString(Files.getPosixFilePermissions(twin.file("u.sock"))));
        see("backlogs: tcp " + backlog("-Hltn", "sport = :" + twin.port) + ", unix "
                + backlog("-Hlx", "src " + twin.file("u.sock")));
        restartWhileConnecting();
        clients("after restarting web_0");
        see("stdin of an fcgi process: " + twin.sendStdin("web:web_0"));
        // Both gone, the socket is closed while the served connections are in TIME_WAIT: it
        // can only be bound again at once because of SO_REUSEADDR.
        // The two stops finish together: the order of their lines is the kernel's, so sorted.
        see("restart web:* (lines sorted): " + String.join("\n", twin.ctl("restart", "web:*").lines().sorted().toList()));
        see("tcp after restarting the pool: " + tcpAnswer());
        see("restart uweb: " + twin.ctl("restart", "uweb"));
        clients("after restarting uweb");
        see("stop uweb: " + twin.ctl("stop", "uweb"));
        see("unix after stop: " + FcgiClient.askUnix(twin.file("u.sock")) + ", file kept: "
                + Files.exists(twin.file("u.sock")));
        see("stop web:web_1: " + twin.ctl("stop", "web:web_1"));
        see("tcp with web_0 alone: " + tcpAnswer());
        // Sockets compare by URL only: a new backlog alone is no change; a new host is.
        twin.writeConfig(CONFIG + WEB.replace("socket_backlog=7", "socket_backlog=8"));
        see("reread, backlog changed: " + twin.ctl("reread"));
        twin.writeConfig(CONFIG + WEB.replace("127.0.0.1", "localhost"));
        see("update, host changed: " + twin.ctl("update"));
        twin.awaitRunning(2);
        see("tcp after that update: " + tcpAnswer());
        twin.writeConfig(CONFIG);
        see("update: " + twin.ctl("update"));
        see("tcp after update: " + FcgiClient.askTcp(twin.port));
        see("reload: " + twin.ctl("reload"));
        twin.awaitRunning(1);
        see("unix after reload: " + unixAnswer());
        twin.hangUp();
        twin.awaitRunning(1);
        see("unix after SIGHUP: " + unixAnswer());
        see("shutdown: " + twin.ctl("shutdown"));
        see("daemon exited: " + twin.awaitExit(30));
        see("unix after shutdown: " + FcgiClient.askUnix(twin.file("u.sock")) + ", file kept: "
                + Files.exists(twin.file("u.sock")));
        see("main log:\n" + FcgiTranscript.of(twin));
    }

    private void clients(String when) throws Exception {
        see("tcp " + when + ": " + tcpAnswer());
        see("unix " + when + ": " + unixAnswer());
    }

    /** With two processes in the pool, restarting one never leaves the socket without a listener. */
    private void restartWhileConnecting() throws Exception {
        CompletableFuture<String> restart = CompletableFuture.supplyAsync(() -> {
            try {
                return twin.ctl("restart", "web:web_0");
            } catch (Exception e) {
                return e.toString();
            }
        });
        int tries = 0;
        int unanswered = 0;
        while (!restart.isDone() || tries < 10) {
            if (!FcgiClient.askTcp(twin.port).startsWith("hello ")) {
                unanswered++;
            }
            tries++;
            Thread.sleep(20);
        }
        see("restart web:web_0: " + restart.get());
        see("tcp clients unanswered during that restart: " + unanswered);
    }

    /** The listen backlog as ss shows it (Send-Q of a listening socket), or its whole output. */
    private static String backlog(String options, String filter) throws Exception {
        Process ss = new ProcessBuilder("ss", options, filter).redirectErrorStream(true).start();
        String out = new String(ss.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        ss.waitFor();
        String[] columns = out.split("\\s+");
        return columns.length > 3 && columns[0].equals("LISTEN") ? columns[2]
                : columns.length > 4 && columns[1].equals("LISTEN") ? columns[3] : out;
    }

    private String tcpAnswer() throws Exception {
        Set<Integer> pool = new java.util.HashSet<>();
        for (String p : List.of("web:web_0", "web:web_1")) {
            String out = twin.ctl("pid", p);
            String last = out.split("\n")[1].trim();
            if (last.matches("\\d+") && !last.equals("0")) {
                pool.add(Integer.parseInt(last));
            }
        }
        return answeredBy(FcgiClient.askTcp(twin.port), pool, "a web process");
    }

    private String unixAnswer() throws Exception {
        return answeredBy(FcgiClient.askUnix(twin.file("u.sock")), Set.of(twin.pid("uweb")), "uweb");
    }

    private static String answeredBy(String answer, Set<Integer> pids, String who) {
        if (answer.startsWith("hello ") && pids.contains(Integer.parseInt(answer.substring(6).trim()))) {
            return "answered by " + who;
        }
        return answer + " (expected one of " + pids.size() + " pids)";
    }

    private void see(String line) {
        seen.add(line);
    }
}
