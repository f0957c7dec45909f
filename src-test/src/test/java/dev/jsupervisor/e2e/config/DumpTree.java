package dev.jsupervisor.e2e.config;

import dev.jsupervisor.config.value.PyText;
import dev.jsupervisor.config.cli.ServerArgs;
import dev.jsupervisor.config.model.ClientConfig;
import dev.jsupervisor.config.model.EventListenerPoolConfig;
import dev.jsupervisor.config.model.EventType;
import dev.jsupervisor.config.model.FcgiGroupConfig;
import dev.jsupervisor.config.model.FcgiSocketConfig;
import dev.jsupervisor.config.model.GroupConfig;
import dev.jsupervisor.config.model.HttpServerConfig;
import dev.jsupervisor.config.model.InetHttpServerConfig;
import dev.jsupervisor.config.model.LogChannelConfig;
import dev.jsupervisor.config.model.PluginConfig;
import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.config.model.SupervisordConfig;
import dev.jsupervisor.config.model.UnixHttpServerConfig;
import dev.jsupervisor.config.value.LogfileName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Our loaded config as the plain Map/List tree that dump_config.py builds for the reference. */
final class DumpTree {
    private DumpTree() {}

    static Map<String, Object> server(ServerConfig c, ServerArgs args) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", true);
        out.put("supervisord", supervisord(c, args));
        out.put("servers", c.servers().stream().map(DumpTree::server).toList());
        out.put("rpcinterfaces", plugins(c.rpcinterfaces()));
        out.put("groups", c.groups().stream().map(DumpTree::group).toList());
        out.put("criticals", c.messages().criticals());
        out.put("warnings", c.messages().warnings());
        out.put("infos", c.messages().infos());
        return out;
    }

    static Map<String, Object> client(ClientConfig c) {
        Map<String, Object> ctl = new LinkedHashMap<>();
        ctl.put("serverurl", c.serverurl());
        ctl.put("username", c.username());
        ctl.put("password", c.password());
        ctl.put("prompt", c.prompt());
        ctl.put("history_file", c.historyFile());
        ctl.put("interactive", c.interactive());
        ctl.put("args", c.args());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", true);
        out.put("supervisorctl", ctl);
        out.put("ctlplugins", plugins(c.ctlplugins()));
        return out;
    }

    private static Map<String, Object> supervisord(ServerConfig c, ServerArgs args) {
        SupervisordConfig s = c.supervisord();
        Map<String, Object> out = new LinkedHashMap<>();
        // A command-line flag stores the int 1 in the reference, a config value a bool.
        out.put("nodaemon", flag(args.nodaemon(), s.nodaemon()));
        out.put("silent", flag(args.silent(), s.silent()));
        out.put("nocleanup", flag(args.nocleanup(), s.nocleanup()));
        out.put("strip_ansi", flag(args.stripAnsi(), s.stripAnsi()));
        out.put("user", s.user());
        out.put("umask", s.umask());
        out.put("directory", s.directory());
        out.put("logfile", s.logfile());
        out.put("logfile_maxbytes", s.logfileMaxbytes());
        out.put("logfile_backups", s.logfileBackups());
        out.put("loglevel", s.loglevel().code());
        out.put("pidfile", s.pidfile());
        out.put("identifier", s.identifier());
        out.put("childlogdir", s.childlogdir());
        out.put("minfds", s.minfds());
        out.put("minprocs", s.minprocs());
        out.put("serverurl", c.serverurl());
        out.put("uid", c.uid());
        out.put("gid", c.gid());
        out.put("environment", new LinkedHashMap<>(s.environment()));
        return out;
    }

    private static Object flag(Boolean fromCommandLine, boolean value) {
        return fromCommandLine != null ? (Object) 1 : (Object) value;
    }

    private static Map<String, Object> server(HttpServerConfig s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", s.name());
        out.put("section", s.section());
        out.put("username", s.username());
        out.put("password", s.password());
        if (s instanceof UnixHttpServerConfig u) {
            out.put("family", "unix");
            out.put("file", u.file());
            out.put("chmod", u.chmod());
            out.put("chown", List.of(u.chownUid(), u.chownGid()));
        } else if (s instanceof InetHttpServerConfig i) {
            out.put("family", "inet");
            out.put("host", i.host());
            out.put("port", i.port());
        }
        return out;
    }

    private static List<Object> plugins(List<PluginConfig> plugins) {
        List<Object> out = new ArrayList<>();
        for (PluginConfig p : plugins) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("factory", p.factory());
            m.put("extras", new LinkedHashMap<>(p.extras()));
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> group(GroupConfig g) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", g.name());
        out.put("priority", g.priority());
        out.put("processes", g.processes().stream().map(DumpTree::process).toList());
        if (g instanceof EventListenerPoolConfig pool) {
            out.put("kind", "eventlistener");
            out.put("buffer_size", pool.bufferSize());
            out.put("events", pool.events().stream().map(EventType::name).sorted(PyText.CODE_POINT_ORDER).toList());
            out.put("result_handler", pool.resultHandler());
        } else if (g instanceof FcgiGroupConfig fcgi) {
            out.put("kind", "fcgi-program");
            out.put("socket", socket(fcgi.socket()));
        } else {
            out.put("kind", "program");
        }
        return out;
    }

    private static Map<String, Object> socket(FcgiSocketConfig s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", s.url());
        out.put("backlog", s.backlog());
        if (s instanceof FcgiSocketConfig.Unix u) {
            out.put("mode", u.mode());
            out.put("owner", u.owner() == null ? null : List.of(u.owner().uid(), u.owner().gid()));
        }
        return out;
    }

    private static Map<String, Object> process(ProcessConfig p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", p.name());
        out.put("uid", p.uid());
        out.put("command", p.command());
        out.put("directory", p.directory());
        out.put("umask", p.umask());
        out.put("priority", p.priority());
        out.put("autostart", p.autostart());
        out.put("autorestart", p.autorestart().configText());
        out.put("startsecs", p.startsecs());
        out.put("startretries", p.startretries());
        channel(out, "stdout", p.stdout());
        channel(out, "stderr", p.stderr());
        out.put("stopsignal", p.stopsignal());
        out.put("stopwaitsecs", p.stopwaitsecs());
        out.put("stopasgroup", p.stopasgroup());
        out.put("killasgroup", p.killasgroup());
        out.put("exitcodes", p.exitcodes());
        out.put("redirect_stderr", p.redirectStderr());
        out.put("environment", new LinkedHashMap<>(p.environment()));
        out.put("serverurl", p.serverurl());
        return out;
    }

    private static void channel(Map<String, Object> out, String ch, LogChannelConfig c) {
        out.put(ch + "_logfile", logfile(c.logfile()));
        out.put(ch + "_logfile_maxbytes", c.logfileMaxbytes());
        out.put(ch + "_logfile_backups", c.logfileBackups());
        out.put(ch + "_capture_maxbytes", c.captureMaxbytes());
        out.put(ch + "_events_enabled", c.eventsEnabled());
        out.put(ch + "_syslog", c.syslog());
    }

    private static String logfile(LogfileName name) {
        return switch (name.kind()) {
            case NONE -> null;
            case AUTO -> "AUTO";
            case SYSLOG -> "SYSLOG";
            case PATH -> name.path();
        };
    }
}
