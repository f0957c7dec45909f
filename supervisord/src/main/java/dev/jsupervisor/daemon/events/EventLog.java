package dev.jsupervisor.daemon.events;

import dev.jsupervisor.config.value.LogLevel;

/** Where the event system's main-log lines go (the daemon's MainLog; a list in tests). */
@FunctionalInterface
public interface EventLog {
    void log(LogLevel level, String message);
}
