package dev.jsupervisor.config.model;

import java.util.List;

/** An {@code [fcgi-program:x]} group: its processes share one listening socket. */
public record FcgiGroupConfig(String name, int priority, List<ProcessConfig> processes,
                              FcgiSocketConfig socket) implements GroupConfig {

    public static final String DEFAULT_PRIORITY = "999";

    public FcgiGroupConfig {
        processes = List.copyOf(processes);
    }

    @Override
    public FcgiGroupConfig withProcesses(List<ProcessConfig> replaced) {
        return new FcgiGroupConfig(name, priority, replaced, socket);
    }
}
