package dev.jsupervisor.config.model;

/**
 * An XML-RPC/HTTP listener: {@code [inet_http_server]} or {@code [unix_http_server]}, plus the
 * undocumented {@code [unix_http_server:foo]} / {@code [inet_http_server:foo]} extra ones.
 */
public sealed interface HttpServerConfig permits InetHttpServerConfig, UnixHttpServerConfig {
    /** The part after ':' in the section name; null for the plain section. */
    String name();

    /** The full section name, for log lines. */
    String section();

    /** null when no authentication is configured (then both are null). */
    String username();

    String password();
}
