package dev.jsupervisor.daemon.os;

import java.util.Optional;

/**
 * Starts a {@link SpawnSpec}. Programs without user=/directory=/umask= are posix_spawned directly
 * (the fast path). Programs with them go through sv-exec, whose child writes the reference's
 * "supervisor: couldn't ..." lines and exits 127 on failure. A direct spawn whose exec fails
 * (bad interpreter, EACCES, ...) is retried through the helper, so that the failure also shows
 * up as the reference shows it: a short-lived child with those lines in its stderr log.
 *
 * <p>Without the helper (not installed), a documented fallback: directory= becomes
 * addchdir_np (a missing directory is then a synchronous spawn error, not a child exiting 127),
 * umask= is applied by swapping this process's umask around the spawn (safe because the event
 * loop thread does all file creation), and user= cannot be honoured (EPERM-like error result).
 * Must be called from the event-loop thread.
 */
public final class ProcessSpawner {
    /** posix_spawn failures that are about this process, not the program: never retried. */
    private static final int EAGAIN = 11;
    private static final int ENOMEM = 12;
    private static final int EPERM = 1;
    /**
     * Output pipes get 256 KiB instead of Linux's 64 KiB: a chatty child then blocks less
     * often, and each of the loop's 128 KiB reads comes back full, so logging runs at nearly
     * the rate of a plain "| cat > file" (docs/performance.md). Only the kernel's buffer grows;
     * pages are taken as data waits in it.
     */
    static final int OUTPUT_PIPE_BYTES = 256 * 1024;

    private final NativeOs os;
    private final Optional<ExecHelper> helper;

    public ProcessSpawner(NativeOs os, Optional<ExecHelper> helper) {
        this.os = os;
        this.helper = helper;
    }

    public SpawnResult spawn(SpawnSpec spec) {
        os.growPipe(spec.stdoutFd(), OUTPUT_PIPE_BYTES);
        if (spec.stderrFd() != spec.stdoutFd()) {
            os.growPipe(spec.stderrFd(), OUTPUT_PIPE_BYTES);
        }
        if (spec.needsChildSteps()) {
            return helper.map(h -> viaHelper(h, spec)).orElseGet(() -> withoutHelper(spec));
        }
        SpawnResult direct = os.posixSpawn(spec.path(), spec.argv(), spec.env(), fds(spec), null);
        if (direct.ok() || direct.errno() == EAGAIN || direct.errno() == ENOMEM || helper.isEmpty()) {
            return direct;
        }
        return viaHelper(helper.get(), spec);
    }

    private SpawnResult viaHelper(ExecHelper h, SpawnSpec spec) {
        return os.posixSpawn(h.binary(), h.argv(spec), spec.env(), fds(spec), null);
    }

    private SpawnResult withoutHelper(SpawnSpec spec) {
        if (spec.uid() != null && spec.uid() != os.getuid()) {
            return SpawnResult.failed(EPERM, os.errnoName(EPERM));
        }
        Integer previous = spec.umask() == null ? null : os.umask(spec.umask());
        try {
            return os.posixSpawn(spec.path(), spec.argv(), spec.env(), fds(spec), spec.cwd());
        } finally {
            if (previous != null) {
                os.umask(previous);
            }
        }
    }

    private static int[] fds(SpawnSpec spec) {
        return new int[] {spec.stdinFd(), spec.stdoutFd(), spec.stderrFd()};
    }
}
