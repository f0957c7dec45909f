package dev.jsupervisor.daemon.os;

/** A resource limit pair; -1 means unlimited (RLIM_INFINITY), as Python's resource module shows it. */
public record Rlimit(long soft, long hard) {
    public static final long UNLIMITED = -1L;
    public static final int NOFILE = 7;
    public static final int NPROC = 6;
}
