package dev.jsupervisor.daemon.os;

/**
 * What posix_spawn said: a pid, or an errno (with its symbolic name, e.g. ENOENT) when no child
 * was created. A child that was created but failed later (chdir, exec through the helper) is a
 * success here; it exits 127 after writing the reference's texts to its stderr.
 */
public record SpawnResult(int pid, int errno, String errnoName) {

    public static SpawnResult started(int pid) { return new SpawnResult(pid, 0, null); }

    public static SpawnResult failed(int errno, String errnoName) {
        return new SpawnResult(-1, errno, errnoName);
    }

    public boolean ok() { return errno == 0; }
}
