package dev.jsupervisor.daemon.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.config.model.FcgiGroupConfig;
import dev.jsupervisor.config.model.FcgiSocketConfig;
import dev.jsupervisor.config.model.GroupConfig;
import dev.jsupervisor.config.model.LogChannelConfig;
import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.config.model.ProgramGroupConfig;
import dev.jsupervisor.config.value.LogfileName;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupDiffTest {
    private static ProgramGroupConfig group(String name, int priority, ProcessConfig... processes) {
        return new ProgramGroupConfig(name, priority, List.of(processes));
    }

    private static ProcessConfig withStdout(ProcessConfig p, LogfileName file) {
        LogChannelConfig c = p.stdout();
        LogChannelConfig changed = new LogChannelConfig(file, c.logfileMaxbytes(), c.logfileBackups(),
                c.captureMaxbytes(), c.eventsEnabled(), c.syslog());
        return new ProcessConfig(p.name(), p.uid(), p.command(), p.directory(), p.umask(), p.priority(), p.autostart(),
                p.autorestart(), p.startsecs(), p.startretries(), changed, p.stderr(), p.stopsignal(),
                p.stopwaitsecs(), p.stopasgroup(), p.killasgroup(), p.exitcodes(), p.redirectStderr(),
                p.environment(), p.serverurl());
    }

    @Test
    void addedChangedRemovedInTheReferenceOrders() {
        List<GroupConfig> active = List.of(group("b", 999, FakeDaemon.program("b")),
                group("a", 999, FakeDaemon.program("a")), group("gone", 999, FakeDaemon.program("gone")),
                group("same", 999, FakeDaemon.program("same")));
        List<GroupConfig> fresh = List.of(group("new2", 1, FakeDaemon.program("n")),
                group("a", 5, FakeDaemon.program("a")), group("b", 999, FakeDaemon.program("c")),
                group("new1", 999, FakeDaemon.program("n")), group("same", 999, FakeDaemon.program("same")));
        GroupDiff.Result diff = GroupDiff.of(fresh, active);
        assertEquals(List.of("new2", "new1"), diff.added());
        assertEquals(List.of("a", "b"), diff.changed());
        assertEquals(List.of("gone"), diff.removed());
        assertEquals(List.of(List.of(List.of("new2", "new1"), List.of("a", "b"), List.of("gone"))), diff.asReply());
    }

    @Test
    void aFreshAutoLogMatchesAnyActiveLogFile() {
        ProcessConfig auto = FakeDaemon.program("p");   // AUTO by default
        ProcessConfig path = withStdout(auto, LogfileName.path("/x.log"));
        ProcessConfig none = withStdout(auto, LogfileName.NONE);
        assertTrue(GroupDiff.sameProcess(auto, path), "path -> AUTO is no change (the reference's blind spot)");
        assertTrue(GroupDiff.sameProcess(auto, auto));
        assertFalse(GroupDiff.sameProcess(path, auto), "AUTO -> path: the active AUTO is a concrete file");
        assertFalse(GroupDiff.sameProcess(none, auto));
        assertTrue(GroupDiff.sameProcess(path, path));
        assertFalse(GroupDiff.sameProcess(withStdout(auto, LogfileName.path("/y.log")), path));
    }

    @Test
    void fcgiSocketsCompareByUrlOnly() {
        ProcessConfig p = FakeDaemon.program("web");
        FcgiGroupConfig active = new FcgiGroupConfig("web", 999, List.of(p),
                new FcgiSocketConfig.Unix("/run/web.sock", null, 0700, null));
        FcgiGroupConfig otherMode = new FcgiGroupConfig("web", 999, List.of(p),
                new FcgiSocketConfig.Unix("/run/web.sock", 12, 0666, new FcgiSocketConfig.Owner(1, 1)));
        FcgiGroupConfig otherPath = new FcgiGroupConfig("web", 999, List.of(p),
                new FcgiSocketConfig.Unix("/run/other.sock", null, 0700, null));
        assertTrue(GroupDiff.sameGroup(otherMode, active));
        assertFalse(GroupDiff.sameGroup(otherPath, active));
        assertFalse(GroupDiff.sameGroup(group("web", 999, p), active), "fcgi-program <-> program is a change");
    }

    @Test
    void processOrderAndCountMatter() {
        GroupConfig ab = group("g", 1, FakeDaemon.program("a"), FakeDaemon.program("b"));
        GroupConfig ba = group("g", 1, FakeDaemon.program("b"), FakeDaemon.program("a"));
        assertFalse(GroupDiff.sameGroup(ab, ba));
        assertFalse(GroupDiff.sameGroup(ab, group("g", 1, FakeDaemon.program("a"))));
        assertTrue(GroupDiff.sameGroup(ab, group("g", 1, FakeDaemon.program("a"), FakeDaemon.program("b"))));
    }
}
