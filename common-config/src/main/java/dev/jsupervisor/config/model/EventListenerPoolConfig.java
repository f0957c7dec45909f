package dev.jsupervisor.config.model;

import java.util.List;
import java.util.Set;

/** An {@code [eventlistener:x]} pool. */
public record EventListenerPoolConfig(
        String name,
        int priority,                   // priority: -1 (listeners start first, stop last)
        List<ProcessConfig> processes,
        int bufferSize,                 // buffer_size: 10, must be >= 1
        Set<EventType> events,          // events: required
        String resultHandler)           // result_handler: supervisor.dispatchers:default_handler
        implements GroupConfig {

    public static final String DEFAULT_PRIORITY = "-1";
    public static final String DEFAULT_BUFFER_SIZE = "10";
    public static final String DEFAULT_RESULT_HANDLER = "supervisor.dispatchers:default_handler";

    public EventListenerPoolConfig {
        processes = List.copyOf(processes);
        events = Set.copyOf(events);
    }

    @Override
    public EventListenerPoolConfig withProcesses(List<ProcessConfig> replaced) {
        return new EventListenerPoolConfig(name, priority, replaced, bufferSize, events, resultHandler);
    }
}
