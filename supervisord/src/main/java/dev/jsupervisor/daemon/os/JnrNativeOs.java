package dev.jsupervisor.daemon.os;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Memory;
import jnr.ffi.Platform;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import jnr.ffi.byref.IntByReference;

/**
 * {@link NativeOs} over glibc through jnr-ffi (Linux; struct layouts of x86_64 and aarch64,
 * which agree for everything read here). jnr-posix is not used for spawning: its posix_spawnp
 * discards errno and it cannot set the signal mask/defaults (dependencies.md section 1.2).
 */
public final class JnrNativeOs implements NativeOs {
    private static final int WNOHANG = 1;
    private static final int EINTR = 4;
    private static final int ECHILD = 10;
    private static final short POSIX_SPAWN_SETPGROUP = 0x02;
    private static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    private static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    private static final short POSIX_SPAWN_SETSID = 0x80;
    private static final int O_RDWR = 2;
    private static final int F_SETPIPE_SZ = 1031;
    private static final int READY_FD = 3;
    private static final int SIGKILL = 9;
    private static final int SIGSTOP = 19;
    /** Generous upper bounds of glibc's opaque struct sizes (80, 336, 128 and 152 bytes on x86_64). */
    private static final int FILE_ACTIONS_SIZE = 256;
    private static final int SPAWNATTR_SIZE = 512;
    private static final int SIGSET_SIZE = 256;
    private static final int SIGACTION_SIZE = 512;
    private static final long SIG_IGN = 1;
    private static final int LOG_USER = 1 << 3;
    private static final int LOG_INFO = 6;
    private static final int MAX_GROUPS = 65536;

    private final LibC libc;
    private final Runtime runtime;
    /** openlog keeps this pointer, so it must stay reachable for the life of the process. */
    private Pointer syslogIdent;

    public JnrNativeOs() {
        String name = Platform.getNativePlatform().getStandardCLibraryName();
        this.libc = LibraryLoader.create(LibC.class).load(name);
        this.runtime = Runtime.getRuntime(libc);
    }

    @Override
    public SpawnResult posixSpawn(String path, List<String> argv, List<String> env, int[] fds, String chdir) {
        short flags = (short) (POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
        return spawn(path, argv, env, flags, actions -> fileActions(actions, fds, chdir));
    }

    @Override
    public SpawnResult posixSpawnInOurGroup(String path, List<String> argv, List<String> env) {
        short flags = (short) (POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
        return spawn(path, argv, env, flags, actions -> fileActions(actions, new int[] {0, 1, 2}, null));
    }

    @Override
    public SpawnResult spawnDaemon(String path, List<String> argv, List<String> env, int readyFd, String chdir) {
        short flags = (short) (POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
        return spawn(path, argv, env, flags, actions -> daemonFileActions(actions, readyFd, chdir));
    }

    /** Fills a posix_spawn_file_actions_t; returns 0 or the first error number. */
    private interface FileActions {
        int fill(Pointer actions);
    }

    private SpawnResult spawn(String path, List<String> argv, List<String> env, short flags, FileActions fill) {
        // The four structs in one block, freed with the string vectors as soon as the call returns.
        Pointer structs = libc.calloc(1, FILE_ACTIONS_SIZE + SPAWNATTR_SIZE + 2L * SIGSET_SIZE);
        if (structs == null) {
            throw new OutOfMemoryError("calloc failed while preparing a spawn");
        }
        Pointer actions = structs.slice(0, FILE_ACTIONS_SIZE);
        Pointer attr = structs.slice(FILE_ACTIONS_SIZE, SPAWNATTR_SIZE);
        Pointer noSignals = structs.slice(FILE_ACTIONS_SIZE + SPAWNATTR_SIZE, SIGSET_SIZE);
        Pointer allSignals = structs.slice(FILE_ACTIONS_SIZE + SPAWNATTR_SIZE + SIGSET_SIZE, SIGSET_SIZE);
        CStrings.Vector argvC = CStrings.vector(libc, runtime, argv);
        CStrings.Vector envC = CStrings.vector(libc, runtime, env);
        libc.posix_spawn_file_actions_init(actions);
        libc.posix_spawnattr_init(attr);
        try {
            int err = fill.fill(actions);
            if (err == 0) {
                err = attributes(attr, flags, noSignals, allSignals);
            }
            IntByReference pid = new IntByReference();
            if (err == 0) {
                err = libc.posix_spawn(pid, CStrings.of(path), actions, attr, argvC.array(), envC.array());
            }
            return err == 0 ? SpawnResult.started(pid.intValue()) : SpawnResult.failed(err, errnoName(err));
        } finally {
            libc.posix_spawnattr_destroy(attr);
            libc.posix_spawn_file_actions_destroy(actions);
            argvC.free(libc);
            envC.free(libc);
            libc.free(structs);
        }
    }

    /** /dev/null on 0/1/2, the readiness pipe on 3, nothing else. */
    private int daemonFileActions(Pointer actions, int readyFd, String chdir) {
        int err = libc.posix_spawn_file_actions_addopen(actions, 0, CStrings.of("/dev/null"), O_RDWR, 0);
        for (int target = 1; target < 3 && err == 0; target++) {
            err = libc.posix_spawn_file_actions_adddup2(actions, 0, target);
        }
        if (err == 0) {
            err = libc.posix_spawn_file_actions_adddup2(actions, readyFd, READY_FD);
        }
        if (err == 0) {
            err = libc.posix_spawn_file_actions_addclosefrom_np(actions, READY_FD + 1);
        }
        if (err == 0 && chdir != null) {
            err = libc.posix_spawn_file_actions_addchdir_np(actions, CStrings.of(chdir));
        }
        return err;
    }

    /** dup2 the given fds onto 0/1/2, close everything above (the JVM opens fds without CLOEXEC). */
    private int fileActions(Pointer actions, int[] fds, String chdir) {
        int err = 0;
        for (int target = 0; target < 3 && err == 0; target++) {
            err = libc.posix_spawn_file_actions_adddup2(actions, fds[target], target);
        }
        if (err == 0) {
            err = libc.posix_spawn_file_actions_addclosefrom_np(actions, 3);
        }
        if (err == 0 && chdir != null) {
            err = libc.posix_spawn_file_actions_addchdir_np(actions, CStrings.of(chdir));
        }
        return err;
    }

    /**
     * The given flags; with SETPGROUP the child's own process group (pgroup 0 = its pid); nothing
     * blocked, every catchable signal default.
     */
    private int attributes(Pointer attr, short flags, Pointer noSignals, Pointer allSignals) {
        libc.sigemptyset(noSignals);
        libc.sigfillset(allSignals);
        libc.sigdelset(allSignals, SIGKILL);
        libc.sigdelset(allSignals, SIGSTOP);
        int err = libc.posix_spawnattr_setflags(attr, flags);
        if (err == 0 && (flags & POSIX_SPAWN_SETPGROUP) != 0) {
            err = libc.posix_spawnattr_setpgroup(attr, 0);
        }
        if (err == 0) {
            err = libc.posix_spawnattr_setsigmask(attr, noSignals);
        }
        if (err == 0) {
            err = libc.posix_spawnattr_setsigdefault(attr, allSignals);
        }
        return err;
    }

    @Override
    public Optional<Reaped> waitNoHang(int pid) {
        IntByReference status = new IntByReference();
        while (true) {
            int got = libc.waitpid(pid, status, WNOHANG);
            if (got > 0) {
                return Optional.of(new Reaped(got, new WaitStatus(status.intValue())));
            }
            if (got == 0) {
                return Optional.empty();
            }
            int err = runtime.getLastError();
            if (err == ECHILD) {
                return Optional.empty();
            }
            if (err != EINTR) {
                throw failure("waitpid", err);
            }
        }
    }

    @Override
    public int kill(int pid, int signal) {
        return libc.kill(pid, signal) == 0 ? 0 : runtime.getLastError();
    }

    @Override
    public int killpg(int pgid, int signal) {
        return libc.killpg(pgid, signal) == 0 ? 0 : runtime.getLastError();
    }

    @Override
    public int getpgid(int pid) { return libc.getpgid(pid); }

    @Override
    public int close(int fd) { return libc.close(fd) == 0 ? 0 : runtime.getLastError(); }

    @Override
    public boolean growPipe(int fd, int bytes) { return libc.fcntl(fd, F_SETPIPE_SZ, bytes) >= bytes; }

    @Override
    public int umask(int mask) { return libc.umask(mask); }

    @Override
    public int getpid() { return libc.getpid(); }

    @Override
    public int getuid() { return libc.getuid(); }

    @Override
    public int geteuid() { return libc.geteuid(); }

    @Override
    public int setsid() { return check("setsid", libc.setsid()); }

    @Override
    public void setuid(int uid) { check("setuid", libc.setuid(uid)); }

    @Override
    public void setgid(int gid) { check("setgid", libc.setgid(gid)); }

    @Override
    public void setgroups(int[] gids) { check("setgroups", libc.setgroups(gids.length, gids)); }

    /** Reads the static getpwuid buffer at once; supervisord calls this from one thread only. */
    @Override
    public Optional<Passwd> getpwuid(int uid) {
        Pointer pw = libc.getpwuid(uid);
        if (pw == null || pw.address() == 0) {
            return Optional.empty();
        }
        int slot = runtime.addressSize();
        String name = pw.getPointer(0).getString(0);
        int pwUid = pw.getInt(2L * slot);
        int pwGid = pw.getInt(2L * slot + 4);
        // name, passwd, uid+gid (two 32-bit ints), gecos, dir
        Pointer dir = pw.getPointer(3L * slot + 8);
        return Optional.of(new Passwd(name, pwUid, pwGid, dir == null ? "" : dir.getString(0)));
    }

    @Override
    public int[] groupsOf(String userName, int primaryGid) {
        int[] groups = new int[MAX_GROUPS];
        IntByReference count = new IntByReference(groups.length);
        if (libc.getgrouplist(CStrings.of(userName), primaryGid, groups, count) < 0) {
            return new int[] {primaryGid};
        }
        return Arrays.copyOf(groups, count.intValue());
    }

    @Override
    public Rlimit getrlimit(int resource) {
        Pointer buf = Memory.allocateDirect(runtime, 16, true);
        check("getrlimit", libc.getrlimit(resource, buf));
        return new Rlimit(buf.getLong(0), buf.getLong(8));
    }

    @Override
    public void setrlimit(int resource, Rlimit limit) {
        Pointer buf = Memory.allocateDirect(runtime, 16, true);
        buf.putLong(0, limit.soft());
        buf.putLong(8, limit.hard());
        check("setrlimit", libc.setrlimit(resource, buf));
    }

    /** struct sigaction starts with sa_handler on Linux; SIG_IGN is 1. */
    @Override
    public boolean isIgnored(int signal) {
        Pointer old = Memory.allocateDirect(runtime, SIGACTION_SIZE, true);
        check("sigaction", libc.sigaction(signal, null, old));
        return old.getLong(0) == SIG_IGN;
    }

    /** A zeroed struct sigaction is SIG_DFL with an empty mask and no flags. */
    @Override
    public void setDefaultDisposition(int signal) {
        Pointer act = Memory.allocateDirect(runtime, SIGACTION_SIZE, true);
        check("sigaction", libc.sigaction(signal, act, null));
    }

    @Override
    public synchronized void openSyslog(String ident) {
        byte[] bytes = (ident + "\0").getBytes(StandardCharsets.UTF_8);
        syslogIdent = Memory.allocateDirect(runtime, bytes.length, true);
        syslogIdent.put(0, bytes, 0, bytes.length);
        libc.openlog(syslogIdent, 0, LOG_USER);
    }

    @Override
    public void syslog(String message) {
        libc.syslog(LOG_USER | LOG_INFO, "%s", message);
    }

    @Override
    public String errnoName(int errno) {
        return ErrnoNames.name(errno, libc.strerrorname_np(errno));
    }

    @Override
    public String strerror(int errno) { return libc.strerror(errno); }

    private int check(String call, int result) {
        if (result == -1) {
            throw failure(call, runtime.getLastError());
        }
        return result;
    }

    private OsException failure(String call, int errno) {
        return new OsException(call, errno, errnoName(errno), strerror(errno));
    }
}
