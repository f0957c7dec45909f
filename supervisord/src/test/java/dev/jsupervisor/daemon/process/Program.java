package dev.jsupervisor.daemon.process;

import dev.jsupervisor.config.model.LogChannelConfig;
import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.config.model.ProgramGroupConfig;
import dev.jsupervisor.config.value.RestartPolicy;
import java.util.List;
import java.util.Map;

/** A [program:x] section for tests: the reference's defaults, fluent overrides. */
final class Program {
    private String name;
    private int priority = 999;
    private boolean autostart = true;
    private RestartPolicy autorestart = RestartPolicy.UNEXPECTED;
    private int startsecs = 1;
    private int startretries = 3;
    private int stopsignal = 15;
    private int stopwaitsecs = 10;
    private boolean stopasgroup;
    private boolean killasgroup;
    private List<Integer> exitcodes = List.of(0);

    private Program(String name) { this.name = name; }

    static Program program(String name) { return new Program(name); }

    Program priority(int v) { priority = v; return this; }

    Program autostart(boolean v) { autostart = v; return this; }

    Program autorestart(RestartPolicy v) { autorestart = v; return this; }

    Program startsecs(int v) { startsecs = v; return this; }

    Program startretries(int v) { startretries = v; return this; }

    Program stopsignal(int v) { stopsignal = v; return this; }

    Program stopwaitsecs(int v) { stopwaitsecs = v; return this; }

    Program stopasgroup(boolean v) { stopasgroup = v; killasgroup = v; return this; }

    Program killasgroup(boolean v) { killasgroup = v; return this; }

    Program exitcodes(Integer... v) { exitcodes = List.of(v); return this; }

    ProcessConfig build() {
        return new ProcessConfig(name, null, "/bin/" + name, null, null, priority, autostart, autorestart,
                startsecs, startretries, LogChannelConfig.defaults(), LogChannelConfig.defaults(), stopsignal,
                stopwaitsecs, stopasgroup, killasgroup, exitcodes, false, Map.of(), null);
    }

    /** A homogeneous group named after the program. */
    ProgramGroupConfig group() {
        return new ProgramGroupConfig(name, priority, List.of(build()));
    }

    /** A process record in a group named after the program. */
    ProcessRecord record() {
        return new ProcessRecord(build(), name);
    }

    static ProgramGroupConfig group(String name, int priority, Program... programs) {
        return new ProgramGroupConfig(name, priority, java.util.Arrays.stream(programs).map(Program::build).toList());
    }
}
