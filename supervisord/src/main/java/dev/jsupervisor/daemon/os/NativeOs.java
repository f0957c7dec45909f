package dev.jsupervisor.daemon.os;

import java.util.List;
import java.util.Optional;

/**
 * The system calls supervisord needs, behind one interface so that a Java 22+ FFM implementation
 * can replace the jnr-ffi one ({@link JnrNativeOs}). Methods that can fail throw
 * {@link OsException} unless they say otherwise. There is deliberately no chdir: changing the
 * JVM's directory would desynchronise java.io's user.dir (the launcher sets the directory).
 */
public interface NativeOs {

    /**
     * posix_spawn(path) with: fds[0..2] dup2'd onto 0/1/2, every other fd closed, the child in a
     * new process group of its own (so a terminal's Ctrl-C or a killpg of ours only reaches what
     * we mean), an empty signal mask and default dispositions for every catchable signal.
     *
     * @param chdir directory for the child (addchdir_np: a missing one is a synchronous ENOENT),
     *              or null
     * @return the pid, or the errno when no child exists
     */
    SpawnResult posixSpawn(String path, List<String> argv, List<String> env, int[] fds, String chdir);

    /**
     * posix_spawn for pidproxy's command: like {@link #posixSpawn} with fds 0/1/2 kept and no
     * chdir, but the child stays in our process group, as a forked child would (a terminal's
     * Ctrl-C reaches both, which is what a wrapper's user expects).
     */
    default SpawnResult posixSpawnInOurGroup(String path, List<String> argv, List<String> env) {
        throw new UnsupportedOperationException("posixSpawnInOurGroup");
    }

    /**
     * posix_spawn for supervisord's own daemon JVM (the JVM cannot fork): a new session
     * (POSIX_SPAWN_SETSID, so no process group of its own is requested: a group leader could not
     * call setsid), /dev/null on 0/1/2, {@code readyFd} as fd 3 (the readiness pipe), every fd
     * above 3 closed, an empty signal mask and default dispositions.
     *
     * @param chdir directory for the child, or null
     */
    SpawnResult spawnDaemon(String path, List<String> argv, List<String> env, int readyFd, String chdir);

    /** close(2); returns 0 or the errno. */
    int close(int fd);

    /**
     * Asks the kernel for a pipe buffer of at least {@code bytes} (fcntl F_SETPIPE_SZ on either
     * end); false where it is refused (over /proc/sys/fs/pipe-max-size for an unprivileged
     * user, or pipe-user-pages-soft reached), which only costs speed.
     */
    default boolean growPipe(int fd, int bytes) {
        return false;
    }

    /** waitpid(pid, WNOHANG); pid -1 means any child. Empty when none is ready or none exists. */
    Optional<Reaped> waitNoHang(int pid);

    /** kill(2); returns 0 or the errno (ESRCH is routine when a child already died). */
    int kill(int pid, int signal);

    /** killpg(2); returns 0 or the errno. */
    int killpg(int pgid, int signal);

    /** getpgid(2) of a process (-1 when it does not exist). */
    int getpgid(int pid);

    /** umask(2): sets the new mask and returns the previous one. */
    int umask(int mask);

    /** The current umask, read without changing it (two umask calls; single-threaded use only). */
    default int currentUmask() {
        int old = umask(0);
        umask(old);
        return old;
    }

    int getpid();

    int getuid();

    int geteuid();

    /** setsid(2); returns the new session id. */
    int setsid();

    void setuid(int uid);

    void setgid(int gid);

    void setgroups(int[] gids);

    /** The user record for a uid (through NSS), if any. */
    Optional<Passwd> getpwuid(int uid);

    /** The user's groups as getgrouplist(3) gives them: primary gid first. */
    int[] groupsOf(String userName, int primaryGid);

    Rlimit getrlimit(int resource);

    void setrlimit(int resource, Rlimit limit);

    /** Whether the signal's disposition is currently SIG_IGN. */
    boolean isIgnored(int signal);

    /** Sets the signal's disposition to SIG_DFL. */
    void setDefaultDisposition(int signal);

    /**
     * openlog(ident, 0, LOG_USER), as Python's syslog module does on first use (its ident is the
     * program name). The ident must outlive every later syslog call, so the binding keeps it.
     */
    void openSyslog(String ident);

    /** syslog(LOG_INFO, "%s", message): the priority the reference uses for every line. */
    void syslog(String message);

    /** errno's symbolic name as Python's errno.errorcode has it ("ENOENT"), else the number. */
    String errnoName(int errno);

    /** strerror(3). */
    String strerror(int errno);

    /** A passwd entry: the fields supervisord uses. */
    record Passwd(String name, int uid, int gid, String home) {}
}
