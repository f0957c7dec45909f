package dev.jsupervisor.config.value;

/**
 * What relative paths and "~" resolve against: the process's working directory and the HOME of
 * its environment. Passed in (never read from the JVM) so tests and reloads are deterministic.
 */
public record PathContext(String cwd, String home) {}
