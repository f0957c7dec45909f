package dev.jsupervisor.e2e.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Linux process table as {@code /proc/<pid>/stat} shows it: who is whose child, which
 * process group each process is in. Signals go through {@code kill(1)}, so negative targets
 * (process groups) work too.
 */
final class ProcTable {
    /** One row of the table; {@code state} is the one-letter state (Z for a zombie). */
    record Proc(long pid, char state, long ppid, long pgid) {
        boolean zombie() {
            return state == 'Z' || state == 'X';
        }
    }

    private ProcTable() {}

    static Optional<Proc> stat(long pid) {
        try {
            String text = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            int close = text.lastIndexOf(')');              // comm may contain blanks and parentheses
            String[] f = text.substring(close + 2).trim().split(" ");
            return Optional.of(new Proc(pid, f[0].charAt(0), Long.parseLong(f[1]), Long.parseLong(f[2])));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();                        // gone meanwhile, or not a process
        }
    }

    static List<Proc> all() {
        List<Proc> procs = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path p : dir) {
                stat(Long.parseLong(p.getFileName().toString())).ifPresent(procs::add);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
        return procs;
    }

    static List<Proc> childrenOf(long ppid) {
        return all().stream().filter(p -> p.ppid() == ppid).toList();
    }

    /** Live (non-zombie) members of a process group. */
    static List<Proc> liveInGroup(long pgid) {
        return all().stream().filter(p -> p.pgid() == pgid && !p.zombie()).toList();
    }

    static boolean alive(long pid) {
        return stat(pid).map(p -> !p.zombie()).orElse(false);
    }

    /** This JVM's own process group: never a target of a group kill. */
    static long ownGroup() {
        return stat(ProcessHandle.current().pid()).map(Proc::pgid).orElse(-1L);
    }

    /**
     * Sends {@code signal} (a name such as TERM) to {@code target}: a pid, or minus a process group id.
     * Returns whether kill(1) reported success.
     */
    static boolean signal(long target, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", signal, "--", Long.toString(target))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!kill.waitFor(10, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
                return false;
            }
            return kill.exitValue() == 0;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kill", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILLs every live member of a process group (never this JVM's own group). */
    static void killGroup(long pgid) {
        if (pgid <= 1 || pgid == ownGroup()) {
            return;
        }
        if (!liveInGroup(pgid).isEmpty()) {
            signal(-pgid, "KILL");
        }
    }
}
