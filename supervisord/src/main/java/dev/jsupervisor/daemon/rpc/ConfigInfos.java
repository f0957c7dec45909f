package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.config.model.GroupConfig;
import dev.jsupervisor.config.model.LogChannelConfig;
import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.config.value.LogfileName;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ConfigInfo struct of getAllConfigInfo (spec 9.2): 29 members in the reference's order.
 * XML-RPC has no null, so the reference sends its "no value" as the string 'none' and AUTO as
 * 'auto'; an AUTO log of a group activated from this very configuration shows its real file.
 */
final class ConfigInfos {
    static final String NONE = "none";
    static final String AUTO = "auto";

    private ConfigInfos() {}

    /**
     * @param stdoutAuto / stderrAuto the files behind AUTO, when the process is active from this config
     */
    static Map<String, Object> of(GroupConfig group, ProcessConfig p, boolean inuse, Optional<String> stdoutAuto,
            Optional<String> stderrAuto) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("autostart", p.autostart());
        d.put("directory", orNone(p.directory()));
        d.put("uid", orNone(p.uid()));
        d.put("command", p.command());
        d.put("exitcodes", p.exitcodes());
        d.put("group", group.name());
        d.put("group_prio", group.priority());
        d.put("inuse", inuse);
        d.put("killasgroup", p.killasgroup());
        d.put("name", p.name());
        d.put("process_prio", p.priority());
        d.put("redirect_stderr", p.redirectStderr());
        d.put("startretries", p.startretries());
        d.put("startsecs", p.startsecs());
        channel(d, "stdout", p.stdout(), stdoutAuto);
        d.put("stopsignal", p.stopsignal());
        d.put("stopwaitsecs", p.stopwaitsecs());
        channel(d, "stderr", p.stderr(), stderrAuto);
        d.put("serverurl", orNone(p.serverurl()));
        return d;
    }

    /** stdout's members sit between startsecs and stopsignal, stderr's before serverurl. */
    private static void channel(Map<String, Object> d, String ch, LogChannelConfig c, Optional<String> autoFile) {
        d.put(ch + "_capture_maxbytes", c.captureMaxbytes());
        d.put(ch + "_events_enabled", c.eventsEnabled());
        d.put(ch + "_logfile", logfile(c.logfile(), autoFile));
        d.put(ch + "_logfile_backups", c.logfileBackups());
        d.put(ch + "_logfile_maxbytes", c.logfileMaxbytes());
        d.put(ch + "_syslog", c.syslog());
    }

    private static Object logfile(LogfileName name, Optional<String> autoFile) {
        return switch (name.kind()) {
            case AUTO -> autoFile.orElse(AUTO);
            case PATH -> name.path();
            default -> NONE;
        };
    }

    private static Object orNone(Object value) {
        return value == null ? NONE : value;
    }
}
