package dev.jsupervisor.config.model;

/** The socket= of an fcgi-program: a unix socket file or a TCP address. */
public sealed interface FcgiSocketConfig permits FcgiSocketConfig.Unix, FcgiSocketConfig.Tcp {

    /** unix:///path or tcp://host:port, as the reference renders it. */
    String url();

    /** socket_backlog: null = the platform's SOMAXCONN, applied when the socket is opened. */
    Integer backlog();

    /** A unix-domain socket; owner null = leave the owner as created. */
    record Unix(String path, Integer backlog, int mode, Owner owner) implements FcgiSocketConfig {
        /** socket_mode default. */
        public static final int DEFAULT_MODE = 0700;

        @Override
        public String url() { return "unix://" + path; }
    }

    /** A TCP socket. */
    record Tcp(String host, int port, Integer backlog) implements FcgiSocketConfig {
        @Override
        public String url() { return "tcp://" + host + ":" + port; }
    }

    /** socket_owner: gid -1 means "leave the group alone". */
    record Owner(int uid, int gid) {}
}
