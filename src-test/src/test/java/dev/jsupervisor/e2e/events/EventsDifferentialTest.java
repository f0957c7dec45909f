package dev.jsupervisor.e2e.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jsupervisor.e2e.dist.Dist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The same event scenario under Debian's supervisord 4.2.5 and ours: start, log and capture
 * events, a crash to FATAL, stop, remove and add a group, remote communication events, a FAIL
 * answer and a listener that dies while busy (both redelivered). Three listeners written for the
 * reference take part unchanged: a bare-protocol recorder, a supervisor.childutils listener that
 * calls back over XML-RPC, and the example of the events documentation.
 */
class EventsDifferentialTest {
    static final String REFERENCE = "/usr/bin/supervisord";

    static final String CONFIG = """
            [unix_http_server]
            file=${DIR}/sv.sock
            [supervisord]
            logfile=${DIR}/sv.log
            pidfile=${DIR}/sv.pid
            childlogdir=${DIR}
            loglevel=debug
            [rpcinterface:supervisor]
            supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface
            [supervisorctl]
            serverurl=unix://${DIR}/sv.sock
            [eventlistener:rec]
            command=/usr/bin/python3 ${DIR}/recorder.py
            events=PROCESS_STATE,PROCESS_LOG,PROCESS_COMMUNICATION,REMOTE_COMMUNICATION,SUPERVISOR_STATE_CHANGE,PROCESS_GROUP
            environment=REC_FILE=${DIR}/rec.events
            buffer_size=100
            autorestart=true
            priority=-2
            stderr_logfile=${DIR}/rec.err
            [eventlistener:watch]
            command=/usr/bin/python3 ${DIR}/watcher.py
            events=PROCESS_STATE_FATAL,REMOTE_COMMUNICATION
            environment=REC_FILE=${DIR}/watch.events
            buffer_size=100
            priority=-3
            stderr_logfile=${DIR}/watch.err
            [eventlistener:example]
            command=/usr/bin/python3 ${DIR}/example.py
            events=PROCESS_GROUP_REMOVED,REMOTE_COMMUNICATION
            buffer_size=100
            priority=-4
            stderr_logfile=${DIR}/example.err
            [eventlistener:ticker]
            command=/usr/bin/python3 ${DIR}/recorder.py
            events=TICK_5
            environment=REC_FILE=${DIR}/tick.events
            [program:ok]
            command=/bin/sh -c 'echo hello; echo err >&2; printf "<!--XSUPERVISOR:BEGIN-->captured<!--XSUPERVISOR:END-->"; exec sleep 1000'
            stdout_events_enabled=true
            stderr_events_enabled=true
            stdout_capture_maxbytes=1000
            startsecs=1
            [group:g]
            programs=ok
            [program:crash]
            command=/bin/false
            startretries=1
            startsecs=1
            """;

    @Test
    void sameEventsAsTheReference() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(REFERENCE)), "reference supervisord not installed");
        assumeTrue(Files.isExecutable(Path.of(EventDaemon.PYTHON)), "no /usr/bin/python3");
        String ours = Dist.home().resolve("bin/supervisord").toString();
        List<String> differences = new ArrayList<>();
        try (EventDaemon ref = new EventDaemon("reference", REFERENCE, CONFIG);
                EventDaemon our = new EventDaemon("ours", ours, CONFIG)) {
            for (EventDaemon d : List.of(ref, our)) {
                scenario(d);
            }
            for (String file : List.of("rec.events", "watch.events", "example.err")) {
                compare(file, ref, our, differences);
            }
            differ("kinds of event lines in the main log", logLineKinds(ref), logLineKinds(our), differences);
            differ("our daemon's stderr", List.of(""), List.of(our.read("daemon.err")), differences);
            checkTicks(our);
        }
        assertEquals("", String.join("\n", differences));
    }

    private static void scenario(EventDaemon d) throws Exception {
        d.await("rec.events", t -> t.contains("PROCESS_COMMUNICATION_STDOUT")
                && t.contains("processname:crash groupname:crash from_state:BACKOFF\n")
                && t.contains("processname:ok groupname:g from_state:STARTING"), "saw the startup events");
        d.ctl("stop", "g:ok");
        d.ctl("remove", "g");
        d.ctl("add", "g");
        d.await("rec.events", t -> t.split("eventname:PROCESS_COMMUNICATION_STDOUT").length == 3
                && t.split("processname:ok groupname:g from_state:STARTING").length == 3, "restarted ok");
        d.remote("'mytype'", "'mydata'", "5", "[1, 'a', True]", "'ask'", "''");
        d.remote("'failme'", "'x'", "'die'", "'y'");
        // the recorder died on "die"; once its successor runs (and was told so) the rest follows
        d.await("rec.events", t -> t.split("eventname:PROCESS_STATE_RUNNING len:\\d+\nprocessname:rec ").length == 3,
                "restarted the recorder");
        d.remote("'unicode'", "'\u00e9t\u00e9'", "'end'", "'end'");
        d.await("rec.events", t -> t.contains("type:end\nend"), "recorded the end marker");
        d.await("watch.events", t -> t.contains("'end'"), "watcher saw the end marker");
        d.await("example.err", t -> t.contains("type:end\nend"), "example saw the end marker");
    }

    private static void compare(String file, EventDaemon ref, EventDaemon our, List<String> differences)
            throws Exception {
        String refText = ref.read(file);
        String ourText = our.read(file);
        if (file.endsWith(".events") && refText.startsWith("ver:")) {
            Recording r = Recording.parse(refText, ref.dir.toString()).until("type:end");
            Recording o = Recording.parse(ourText, our.dir.toString()).until("type:end");
            differ(file + " problems", List.of(), o.problems, differences);
            differ(file + " events", r.sorted(), o.sorted(), differences);
            differ(file + " order per source", List.of(r.bySource()), List.of(o.bySource()), differences);
        } else {
            differ(file, normalise(refText, ref), normalise(ourText, our), differences);
        }
    }

    /** The event system's main-log lines, numbers blanked, each kind once (counts depend on timing). */
    private static List<String> logLineKinds(EventDaemon d) throws Exception {
        Pattern kinds = Pattern.compile("^\\S+ \\S+ ((DEBG|WARN|ERRO) (\\S+: (event was|event caused|bad result"
                + "|has entered|[A-Z]+ -> [A-Z]+)|event \\d+ sent to listener|rebuffering event|pool \\S+ event buffer"
                + "|'\\S+' stdout output:$).*)");
        TreeSet<String> found = new TreeSet<>();
        for (String line : d.read("sv.log").split("\n")) {
            Matcher m = kinds.matcher(line);
            if (m.find()) {
                // whether a given pool ever found no READY listener (and rebuffered) depends on timing
                found.add(m.group(1).replaceAll("\\d+", "N").replaceAll("for pool \\S+", "for pool P"));
            }
        }
        return List.copyOf(found);
    }

    private static List<String> normalise(String text, EventDaemon d) {
        return List.of(text.replace(d.dir.toString(), "<DIR>").replaceAll("pid:\\d+", "pid:<PID>")
                .replaceAll("serial:\\d+", "serial:<N>"));
    }

    private static void differ(String what, List<?> reference, List<?> ours, List<String> differences) {
        if (!reference.equals(ours)) {
            differences.add("### " + what + "\n--- reference ---\n" + reference + "\n--- ours ---\n" + ours);
        }
    }

    /** Ticks depend on the wall clock: ours must send TICK_5 on a multiple of 5 seconds. */
    private static void checkTicks(EventDaemon our) throws Exception {
        our.await("tick.events", t -> t.contains("eventname:TICK_5"), "sent a TICK_5");
        String tick = our.read("tick.events");
        long when = Long.parseLong(tick.replaceAll("(?s).*?when:(\\d+).*", "$1"));
        assertEquals(0, when % 5, tick);
        assertTrue(tick.contains("pool:ticker poolserial:0 eventname:TICK_5 len:15\n"), tick);
    }
}
