package dev.jsupervisor.daemon.os;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.SaveError;
import jnr.ffi.annotations.Variadic;
import jnr.ffi.byref.IntByReference;

/**
 * The glibc functions {@link JnrNativeOs} binds. Path-like arguments are NUL-terminated UTF-8
 * byte arrays so that jnr's default-charset String conversion never decides the bytes.
 * posix_spawn* return their error number instead of setting errno. Needs glibc 2.34 or later
 * (addclosefrom_np).
 */
public interface LibC {
    int posix_spawn(IntByReference pid, byte[] path, Pointer fileActions, Pointer attr,
            Pointer argv, Pointer envp);

    int posix_spawn_file_actions_init(Pointer fileActions);

    int posix_spawn_file_actions_destroy(Pointer fileActions);

    int posix_spawn_file_actions_adddup2(Pointer fileActions, int fd, int newFd);

    int posix_spawn_file_actions_addopen(Pointer fileActions, int fd, byte[] path, int oflag, int mode);

    int posix_spawn_file_actions_addchdir_np(Pointer fileActions, byte[] path);

    int posix_spawn_file_actions_addclosefrom_np(Pointer fileActions, int from);

    int posix_spawnattr_init(Pointer attr);

    int posix_spawnattr_destroy(Pointer attr);

    int posix_spawnattr_setflags(Pointer attr, short flags);

    int posix_spawnattr_setpgroup(Pointer attr, int pgroup);

    int posix_spawnattr_setsigmask(Pointer attr, Pointer sigset);

    int posix_spawnattr_setsigdefault(Pointer attr, Pointer sigset);

    int sigemptyset(Pointer set);

    int sigfillset(Pointer set);

    int sigdelset(Pointer set, int signal);

    @SaveError int sigaction(int signal, Pointer act, Pointer oldAct);

    @SaveError int waitpid(int pid, IntByReference status, int options);

    @SaveError int kill(int pid, int signal);

    @SaveError int killpg(int pgid, int signal);

    @SaveError int getpgid(int pid);

    @SaveError int close(int fd);

    /** Declared with one int argument: the only form used (F_SETPIPE_SZ). */
    @SaveError int fcntl(int fd, int cmd, int arg);

    int umask(int mask);

    int getpid();

    int getuid();

    int geteuid();

    @SaveError int setsid();

    @SaveError int setuid(int uid);

    @SaveError int setgid(int gid);

    @SaveError int setgroups(long size, int[] gids);

    Pointer getpwuid(int uid);

    int getgrouplist(byte[] user, int group, int[] groups, IntByReference count);

    @SaveError int getrlimit(int resource, Pointer rlimit);

    @SaveError int setrlimit(int resource, Pointer rlimit);

    String strerror(int errno);

    String strerrorname_np(int errno);

    void openlog(Pointer ident, int option, int facility);

    /** Variadic in C; called with exactly one "%s" argument so the message is never a format. */
    @Variadic(fixedCount = 2)
    void syslog(int priority, String format, String message);

    /** Zeroed memory that we free ourselves, right after the call that needs it. */
    Pointer calloc(long count, long size);

    void free(Pointer pointer);
}
