package dev.jsupervisor.config.model;

/** {@code [unix_http_server]}: file= is required. */
public record UnixHttpServerConfig(
        String name,
        String section,
        String file,         // file: required, normalized absolute path
        int chmod,           // chmod: 0700
        int chownUid,        // chown: -1 = unchanged
        int chownGid,        // chown group: -1 = unchanged
        String username,     // username: none
        String password)     // password: none (cleartext or {SHA}hex)
        implements HttpServerConfig {

    public static final int DEFAULT_CHMOD = 0700;
    public static final int DEFAULT_CHOWN = -1;
}
