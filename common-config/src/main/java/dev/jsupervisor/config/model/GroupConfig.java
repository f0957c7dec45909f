package dev.jsupervisor.config.model;

import java.util.List;

/**
 * A process group as supervisord manages it: a homogeneous program group, a heterogeneous
 * {@code [group:x]}, an fcgi-program group or an event-listener pool.
 */
public sealed interface GroupConfig permits ProgramGroupConfig, FcgiGroupConfig, EventListenerPoolConfig {
    String name();

    int priority();

    /** Sorted by (priority, name), as the reference sorts each section's processes. */
    List<ProcessConfig> processes();

    /** The same group with its processes replaced (same order). */
    GroupConfig withProcesses(List<ProcessConfig> processes);
}
