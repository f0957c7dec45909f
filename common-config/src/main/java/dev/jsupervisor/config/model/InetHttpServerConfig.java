package dev.jsupervisor.config.model;

/** {@code [inet_http_server]}: port= is required; host "" means all interfaces. */
public record InetHttpServerConfig(String name, String section, String host, int port,
                                   String username, String password) implements HttpServerConfig {
}
