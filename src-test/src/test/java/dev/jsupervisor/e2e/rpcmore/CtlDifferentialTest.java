package dev.jsupervisor.e2e.rpcmore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Debian's supervisorctl against Debian's supervisord and against ours: reread, update (groups
 * added), add, remove, avail, clear, tail, maintail and their -f forms; and the raw /logtail and
 * /mainlogtail streams. (update of changed or removed groups needs stopProcessGroup, another
 * part of issue 4.)
 */
class CtlDifferentialTest {
    static final String EXTRA = "[program:extra]\ncommand=/bin/sleep 1000\nautostart=false\n"
            + "[program:late]\ncommand=/bin/sleep 1000\nstartsecs=0\n";

    @Test
    void supervisorctlSeesTheSame() throws Exception {
        try (TwinPair pair = TwinPair.start()) {
            for (String[] command : new String[][] {
                {"avail"}, {"tail", "talk"}, {"tail", "talk", "stderr"}, {"tail", "-5", "talk"},
                {"tail", "-100", "talk", "stdout"}, {"tail", "quick"}, {"tail", "nosuch"}, {"tail", "grp:manual"},
                {"tail", "grp:manual", "stderr"}, {"reread"}, {"update"}, {"add", "nosuch"}, {"add", "cat"},
                {"remove", "cat"}, {"remove", "nosuch"}, {"remove", "quick"}, {"avail"}, {"add", "quick"},
                {"clear", "talk"}, {"tail", "talk"}, {"clear", "nosuch"}, {"clear", "grp:*"}, {"clear", "talk", "cat"},
                {"clear", "all"}, {"tail", "quiet"}, {"tail", "quiet", "stderr"}, {"clear", "quiet"}}) {
                pair.sameCtl(command);
            }
            pair.configure(TwinPair.CONFIG + EXTRA);
            pair.sameRpc("('supervisor.clearLog', ())");
            for (String[] command : new String[][] {
                {"reread"}, {"avail"}, {"update", "nosuch"}, {"update"}, {"avail"}, {"remove", "extra"},
                {"add", "extra"}, {"add", "extra"}, {"add", "extra", "nosuch", "grp"}}) {
                pair.sameCtl(command);
            }
            pair.awaitLog("success: late entered RUNNING state");
            pair.sameCtl("maintail");
            pair.sameCtl("maintail", "-60");
            followers(pair);
            logtails(pair);
            pair.verify("supervisorctl");
        }
    }

    /** tail -f and maintail -f: started, a line appended to the file, seen, the client killed. */
    private static void followers(TwinPair pair) throws Exception {
        pair.same("tail -f talk", follow(pair.reference, "talk.out", false, "tail", "-f", "talk"),
                follow(pair.ours, "talk.out", false, "tail", "-f", "talk"));
        pair.same("tail -f talk, cleared meanwhile", follow(pair.reference, "talk.out", true, "tail", "-f", "talk"),
                follow(pair.ours, "talk.out", true, "tail", "-f", "talk"));
        pair.same("tail -f talk stderr", follow(pair.reference, null, false, "tail", "-f", "talk", "stderr"),
                follow(pair.ours, null, false, "tail", "-f", "talk", "stderr"));
        pair.same("maintail -f", follow(pair.reference, "sv.log", false, "maintail", "-f"),
                follow(pair.ours, "sv.log", false, "maintail", "-f"));
    }

    /** @param clearFirst clear the process's logs (a new file under the name) before appending */
    private static String follow(Twin twin, String appendTo, boolean clearFirst, String... args) throws Exception {
        Path out = Files.createTempFile("rpcmore-follow", ".txt");
        List<String> command = new ArrayList<>(List.of(Drivers.REFERENCE_CTL, "-c", twin.conf().toString()));
        command.addAll(List.of(args));
        Process ctl = Drivers.start(command, out);
        try {
            Thread.sleep(1500);
            if (clearFirst) {
                Drivers.rpc(twin, "('supervisor.clearProcessLogs', ('talk',))");
                Thread.sleep(1500);
            }
            String marker = "appended while following " + String.join(" ", args) + (clearFirst ? " (cleared)" : "")
                    + "\n";   // unique: the wait below must not be satisfied by an earlier run's line
            if (appendTo != null) {
                Files.writeString(twin.file(appendTo), marker, StandardOpenOption.APPEND);
            }
            long until = System.currentTimeMillis() + 15_000;
            while (appendTo != null && !Files.readString(out).contains(marker)
                    && System.currentTimeMillis() < until) {
                Thread.sleep(100);
            }
            Thread.sleep(300);
            String seen = Files.readString(out, StandardCharsets.UTF_8);
            if (appendTo != null && !seen.contains(marker)) {
                throw new AssertionError(twin.name + ": supervisorctl " + args[0] + " -f never showed the appended line:\n"
                        + seen);
            }
            return Drivers.normalise(twin, seen);
        } finally {
            ctl.destroy();
            ctl.waitFor();
            Files.deleteIfExists(out);
        }
    }

    private static void logtails(TwinPair pair) throws Exception {
        String ref = Drivers.logtail(pair.reference, "/logtail/talk", 3, "talk.out", "more\n");
        String ours = Drivers.logtail(pair.ours, "/logtail/talk", 3, "talk.out", "more\n");
        if (!ref.contains("more\n")) {
            throw new AssertionError("the reference's stream did not show the appended line:\n" + ref);
        }
        pair.same("GET /logtail/talk (+append)", ref, ours);
        pair.same("GET /mainlogtail", Drivers.logtail(pair.reference, "/mainlogtail", 1.5, null, null),
                Drivers.logtail(pair.ours, "/mainlogtail", 1.5, null, null));
        for (String url : List.of("/logtail/talk/stderr", "/logtail/grp:manual", "/logtail/grp%3Amanual/stdout",
                "/logtail/grp:manual/stderr", "/logtail/talk/bogus", "/logtail/grp:", "/logtail/grp:*",
                "/logtail/nosuch", "/logtail/nosuch/stdout", "/logtail/manual", "/logtail/talk/stdout/x", "/logtail/quiet",
                "/logtail/quiet/stderr")) {
            pair.same("GET " + url, Drivers.logtail(pair.reference, url, 1.2, null, null),
                    Drivers.logtail(pair.ours, url, 1.2, null, null));
        }
    }
}
