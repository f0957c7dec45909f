package dev.jsupervisor.config.model;

import java.util.List;

/** A {@code [program:x]} group, or a {@code [group:x]} of programs (and fcgi-programs). */
public record ProgramGroupConfig(String name, int priority, List<ProcessConfig> processes)
        implements GroupConfig {

    /** priority= of [program:x] and [group:x]. */
    public static final String DEFAULT_PRIORITY = "999";

    public ProgramGroupConfig {
        processes = List.copyOf(processes);
    }

    @Override
    public ProgramGroupConfig withProcesses(List<ProcessConfig> replaced) {
        return new ProgramGroupConfig(name, priority, replaced);
    }
}
