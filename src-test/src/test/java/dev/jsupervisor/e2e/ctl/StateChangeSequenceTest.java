package dev.jsupervisor.e2e.ctl;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Commands that change state, run in the same order by the reference client against one fresh
 * daemon and by ours against an identical second one.
 */
class StateChangeSequenceTest {
    static final String[][] PROCESS_SEQUENCE = {
        {"start", "all"}, {"stop", "grp:manual"}, {"stop", "grp:manual"}, {"start", "cat"},
        {"stop", "cat"}, {"stop", "cat"}, {"start", "cat"}, {"restart", "cat"}, {"restart", "sleeper:*"},
        {"signal", "CONT", "sleeper:*"}, {"signal", "CONT", "cat"}, {"signal", "CONT", "all"},
        {"signal", "CONT", "grp:manual"}, {"signal", "CONT", "nofile"}, {"start", "grp:stubborn"},
        {"status", "grp:"}, {"stop", "grp:stubborn"}, {"start", "grp:"}, {"stop", "grp:"},
        {"clear", "cat"}, {"clear", "all"}, {"clear", "cat", "nosuch"}, {"start", "nofile"}, {"start", "failer"},
        {"pid", "grp:manual"}, {"pause"}, {"stop", "all"}, {"status"}, {"pid", "all"}, {"start", "sleeper:"},
        {"restart", "sleeper:"}, {"status", "sleeper:*"},
    };

    static final String[][] CONFIG_SEQUENCE = {
        {"reread"}, {"avail"}, {"update", "nosuch"}, {"update", "newone"}, {"update"}, {"reread"}, {"avail"},
        {"pause"}, {"status"}, {"remove", "newone"}, {"stop", "newone"}, {"remove", "newone"}, {"add", "newone"},
        {"add", "newone"}, {"update", "all"},
    };

    @Test
    void processActionsMatch() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CtlDaemon.REFERENCE)), "reference supervisord not installed");
        CtlRun.oursPath();
        try (CtlDaemon ref = new CtlDaemon(""); CtlDaemon ours = new CtlDaemon("")) {
            ref.awaitSettled();
            ours.awaitSettled();
            Comparison c = new Comparison(ref, ours);
            for (String[] command : PROCESS_SEQUENCE) {
                if (command[0].equals("pause")) {
                    ref.awaitNoneInTransit();   // failer's retries end in FATAL on both daemons
                    ours.awaitNoneInTransit();
                } else {
                    c.sameIgnoringRaces(command);
                }
            }
            c.verify("process actions");
        }
    }

    @Test
    void configActionsMatch() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CtlDaemon.REFERENCE)), "reference supervisord not installed");
        CtlRun.oursPath();
        try (CtlDaemon ref = new CtlDaemon(""); CtlDaemon ours = new CtlDaemon("")) {
            ref.awaitSettled();
            ours.awaitSettled();
            Comparison c = new Comparison(ref, ours);
            c.same("reread");
            c.same("update");
            edit(ref);
            edit(ours);
            for (String[] command : CONFIG_SEQUENCE) {
                if (command[0].equals("pause")) {
                    ref.awaitNoneInTransit();   // the updated cat passes startsecs on both sides
                    ours.awaitNoneInTransit();
                } else {
                    c.same(command);
                }
            }
            c.same("reload");
            ref.awaitAnswering();
            ours.awaitAnswering();
            c.same("version");
            c.same("shutdown");
            ref.awaitExit();
            ours.awaitExit();
            for (String action : new String[] {"shutdown", "status", "start cat", "pid", "version", "tail cat",
                "maintail", "clear cat", "signal HUP cat", "stop cat"}) {
                c.same(action.split(" "));
            }
            c.verify("config actions");
        }
    }

    /** cat changes, quick disappears, newone appears, and the group grp loses nothing. */
    private static void edit(CtlDaemon d) throws Exception {
        String conf = Files.readString(d.conf, StandardCharsets.UTF_8)
                .replace("command=/bin/cat\n", "command=/bin/cat -u\n")
                .replace("[program:quick]\n", "[program:quick_gone]\nautostart=false\n")
                .replace("command=/bin/sh -c \"echo hello; echo oops >&2; exit 0\"\n", "command=/bin/true\n")
                + "[program:newone]\ncommand=/bin/sleep 1000\n";
        Files.writeString(d.conf, conf, StandardCharsets.UTF_8);
    }
}
