package dev.jsupervisor.config.value;

/** An inet listen address; {@code host} is "" for all interfaces. */
public record HostPort(String host, int port) {}
