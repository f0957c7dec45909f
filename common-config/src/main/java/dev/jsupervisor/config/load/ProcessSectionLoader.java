package dev.jsupervisor.config.load;

import dev.jsupervisor.config.value.PyText;
import static dev.jsupervisor.config.load.OptionReader.convert;
import static dev.jsupervisor.config.model.ProcessConfig.*;

import dev.jsupervisor.config.model.LogChannelConfig;
import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.config.value.Converters;
import dev.jsupervisor.config.value.LogfileName;
import dev.jsupervisor.config.value.RestartPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one program-like section into its process configs (one per numprocs). Errors get the
 * section/file suffix. Options shared by all processes are read first, without process_num;
 * the per-process ones (environment, directory, logfiles, command, name) see process_num,
 * numprocs and the ENV_ names of this section's own environment=.
 */
final class ProcessSectionLoader {
    private final OptionReader reader;
    private final LoadContext ctx;
    private final String here;
    private final List<String> warnings;
    private final Map<String, String> sectionFiles;
    private final String configFile;

    ProcessSectionLoader(OptionReader reader, LoadContext ctx, String here, List<String> warnings,
                         Map<String, String> sectionFiles, String configFile) {
        this.reader = reader;
        this.ctx = ctx;
        this.here = here;
        this.warnings = warnings;
        this.sectionFiles = sectionFiles;
        this.configFile = configFile;
    }

    List<ProcessConfig> load(String section, String groupName) throws ConfigException {
        try {
            return loadUnsuffixed(section, groupName);
        } catch (ConfigException e) {
            String file = sectionFiles.getOrDefault(section, configFile);
            throw new ConfigException(Messages.inSection(e.getMessage(), section, file));
        }
    }

    private List<ProcessConfig> loadUnsuffixed(String section, String groupName) throws ConfigException {
        String programName = convert(() -> Converters.processOrGroupName(section.substring(section.indexOf(':') + 1)));
        // One mutable dictionary, as in the reference: per-process names accumulate in it.
        Map<String, Object> names = new HashMap<>();
        names.put("here", here);
        names.put("program_name", programName);
        names.put("host_node_name", ctx.hostname());
        names.put("group_name", groupName);
        Shared shared = readShared(new Options(section, names));
        List<ProcessConfig> processes = new ArrayList<>();
        for (int num = shared.numprocsStart; num < shared.numprocsStart + shared.numprocs; num++) {
            processes.add(readProcess(section, names, shared, num));
        }
        processes.sort(Comparator.comparingInt(ProcessConfig::priority)
                .thenComparing(ProcessConfig::name, PyText.CODE_POINT_ORDER));
        return processes;
    }

    /** The options read once per section. */
    private record Shared(int priority, boolean autostart, RestartPolicy autorestart, int startsecs,
                          int startretries, int stopsignal, int stopwaitsecs, boolean stopasgroup,
                          boolean killasgroup, List<Integer> exitcodes, boolean redirectStderr,
                          int numprocs, int numprocsStart, String environmentRaw,
                          long stdoutCapture, boolean stdoutEvents, long stderrCapture,
                          boolean stderrEvents, String serverurl, Integer uid, Integer umask,
                          String processName) {}

    private Shared readShared(Options o) throws ConfigException {
        int priority = o.integer("priority", DEFAULT_PRIORITY);
        boolean autostart = o.bool("autostart", DEFAULT_AUTOSTART);
        RestartPolicy autorestart = convert(() -> Converters.autoRestart(o.get("autorestart", DEFAULT_AUTORESTART)));
        int startsecs = o.integer("startsecs", DEFAULT_STARTSECS);
        int startretries = o.integer("startretries", DEFAULT_STARTRETRIES);
        int stopsignal = convert(() -> Converters.signalNumber(o.get("stopsignal", DEFAULT_STOPSIGNAL)));
        int stopwaitsecs = o.integer("stopwaitsecs", DEFAULT_STOPWAITSECS);
        boolean stopasgroup = o.bool("stopasgroup", DEFAULT_STOPASGROUP);
        boolean killasgroup = o.bool("killasgroup", Boolean.toString(stopasgroup));
        List<Integer> exitcodes = convert(() -> Converters.exitCodes(o.get("exitcodes", DEFAULT_EXITCODES)));
        boolean redirectStderr = o.bool("redirect_stderr", DEFAULT_REDIRECT_STDERR);
        int numprocs = o.integer("numprocs", DEFAULT_NUMPROCS);
        int numprocsStart = o.integer("numprocs_start", DEFAULT_NUMPROCS_START);
        String environmentRaw = reader.raw(o.section, "environment", DEFAULT_ENVIRONMENT);
        long stdoutCapture = o.bytes("stdout_capture_maxbytes", LogChannelConfig.DEFAULT_CAPTURE_MAXBYTES);
        boolean stdoutEvents = o.bool("stdout_events_enabled", "false");
        long stderrCapture = o.bytes("stderr_capture_maxbytes", LogChannelConfig.DEFAULT_CAPTURE_MAXBYTES);
        boolean stderrEvents = o.bool("stderr_events_enabled", "false");
        String serverurl = serverurl(o.get("serverurl", null));
        String user = o.get("user", null);
        Integer uid = user == null ? null : convert(() -> Converters.nameToUid(user, ctx.accounts()));
        String umaskText = o.get("umask", null);
        Integer umask = umaskText == null ? null : convert(() -> Converters.octal(umaskText));
        String processName = convert(() -> Converters.processOrGroupName(
                reader.raw(o.section, "process_name", DEFAULT_PROCESS_NAME)));
        if (numprocs > 1 && !processName.contains("%(process_num)")) {
            throw new ConfigException(Messages.processNumRequired());
        }
        if (stopasgroup && !killasgroup) {
            throw new ConfigException(Messages.stopWithoutKillAsGroup());
        }
        return new Shared(priority, autostart, autorestart, startsecs, startretries, stopsignal,
                stopwaitsecs, stopasgroup, killasgroup, exitcodes, redirectStderr, numprocs,
                numprocsStart, environmentRaw, stdoutCapture, stdoutEvents, stderrCapture,
                stderrEvents, serverurl, uid, umask, processName);
    }

    /** serverurl=AUTO (any case, padded) means "not set". */
    private static String serverurl(String value) {
        if (value != null && !value.isEmpty() && value.strip().equalsIgnoreCase(SERVERURL_AUTO)) {
            return null;
        }
        return value;
    }

    private ProcessConfig readProcess(String section, Map<String, Object> names, Shared s, int num)
            throws ConfigException {
        names.put("process_num", num);
        names.put("numprocs", s.numprocs);
        names.putAll(reader.globals());
        String envText = OptionReader.expand(s.environmentRaw, names, "environment");
        Map<String, String> environment = convert(() -> Converters.keyValuePairs(envText));
        environment.forEach((k, v) -> names.put("ENV_" + k, v));
        Options o = new Options(section, names);
        String directory = o.get("directory", null);
        LogChannelConfig stdout = channel(o, "stdout", s.stdoutCapture, s.stdoutEvents);
        LogChannelConfig stderr = channel(o, "stderr", s.stderrCapture, s.stderrEvents);
        if (s.redirectStderr) {
            if (stderr.logfile().kind() == LogfileName.Kind.PATH) {
                warnings.add(Messages.redirectedStderrLogfileIgnored(section));
            }
            stderr = new LogChannelConfig(LogfileName.NONE, stderr.logfileMaxbytes(), stderr.logfileBackups(),
                    stderr.captureMaxbytes(), stderr.eventsEnabled(), stderr.syslog());
        }
        String command = o.get("command", null);
        if (command == null) {
            throw new ConfigException(Messages.noCommand(section));
        }
        String name = OptionReader.expand(s.processName, names, "process_name");
        return new ProcessConfig(name, s.uid, command, directory, s.umask, s.priority, s.autostart,
                s.autorestart, s.startsecs, s.startretries, stdout, stderr, s.stopsignal,
                s.stopwaitsecs, s.stopasgroup, s.killasgroup, s.exitcodes, s.redirectStderr,
                environment, s.serverurl);
    }

    /** One channel's options; *_logfile is expanded twice (the reference expands it again). */
    private LogChannelConfig channel(Options o, String ch, long capture, boolean events) throws ConfigException {
        String key = ch + "_logfile";
        String text = o.get(key, null);
        LogfileName logfile = LogChannelConfig.DEFAULT_LOGFILE;
        if (text != null) {
            String twice = OptionReader.expand(text, o.names, key);
            logfile = convert(() -> Converters.logfileName(twice, ctx.paths(), ctx.accounts()));
        }
        int backups = o.integer(ch + "_logfile_backups", Integer.toString(LogChannelConfig.DEFAULT_LOGFILE_BACKUPS));
        long maxbytes = o.bytes(ch + "_logfile_maxbytes", LogChannelConfig.DEFAULT_LOGFILE_MAXBYTES);
        boolean syslog = o.bool(ch + "_syslog", "false");
        if (logfile.kind() == LogfileName.Kind.SYSLOG) {
            warnings.add(Messages.syslogLogfileDeprecated(o.section, key, ch + "_syslog"));
            logfile = LogfileName.NONE;
            syslog = true;
        }
        if (logfile.kind() == LogfileName.Kind.AUTO && maxbytes == 0) {
            warnings.add(Messages.autoLogWithoutRollover(o.section, key));
        }
        return new LogChannelConfig(logfile, maxbytes, backups, capture, events, syslog);
    }

    /** Typed reads of one section against a given expansion dictionary. */
    private final class Options {
        final String section;
        final Map<String, Object> names;

        Options(String section, Map<String, Object> names) {
            this.section = section;
            this.names = names;
        }

        String get(String option, String dflt) throws ConfigException {
            return reader.get(section, option, dflt, names);
        }

        int integer(String option, String dflt) throws ConfigException {
            String v = get(option, dflt);
            return convert(() -> Converters.integer(v));
        }

        boolean bool(String option, String dflt) throws ConfigException {
            String v = get(option, dflt);
            return convert(() -> Converters.bool(v));
        }

        long bytes(String option, String dflt) throws ConfigException {
            String v = get(option, dflt);
            return convert(() -> Converters.byteSize(v));
        }
    }
}
