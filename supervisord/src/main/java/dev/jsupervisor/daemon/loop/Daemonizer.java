package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.daemon.os.ChildEnvironment;
import dev.jsupervisor.daemon.os.NativeOs;
import dev.jsupervisor.daemon.os.PipeFds;
import dev.jsupervisor.daemon.os.SpawnResult;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.channels.Pipe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Daemon mode without fork: the JVM cannot fork, so once the configuration has loaded, this JVM
 * starts a second one (same java, JVM options, class path, main class and arguments, plus a
 * marker) in a new session with /dev/null on stdio and a readiness pipe on fd 3, then waits. The
 * daemon JVM does the whole startup and writes READY after its pidfile; this JVM then exits 0.
 * If the daemon fails first, what it wrote is printed here and its exit status becomes ours, so
 * a failing start is visible on the terminal like the reference's (which fails before forking).
 */
public final class Daemonizer {
    static final String TIMEOUT_PROPERTY = "jsupervisor.daemon.readyTimeoutSeconds";
    private static final long DEFAULT_TIMEOUT_SECONDS = 60;

    private final NativeOs os;
    private final PrintStream stderr;

    public Daemonizer(NativeOs os, PrintStream stderr) {
        this.os = os;
        this.stderr = stderr;
    }

    /**
     * @param args supervisord's own arguments, unchanged
     * @param directory the configured directory= (null: stay where we are)
     * @param cwd this JVM's working directory (the daemon reads relative paths against it)
     * @return the exit code for this (launching) JVM
     */
    public int daemonize(List<String> args, String directory, String cwd, Map<String, String> environment) {
        Pipe pipe;
        try {
            pipe = Pipe.open();
        } catch (IOException e) {
            stderr.print(Messages.cannotStartDaemon(Messages.describe(e)));
            return 1;
        }
        SpawnResult started = spawn(args, directory, cwd, environment, PipeFds.fdOf(pipe.sink()));
        closeQuietly(pipe.sink());
        if (!started.ok()) {
            closeQuietly(pipe.source());
            stderr.print(Messages.cannotStartDaemon(started.errnoName()));
            return 1;
        }
        return new ReadinessWait(os, stderr, timeoutSeconds()).await(pipe.source(), started.pid());
    }

    /** A directory that cannot be entered is not fatal: the daemon logs the reference's CRIT. */
    private SpawnResult spawn(List<String> args, String directory, String cwd, Map<String, String> environment,
            int readyFd) {
        List<String> env = ChildEnvironment.envp(environment);
        String java = javaBinary();
        SpawnResult result = os.spawnDaemon(java, command(java, args, cwd, null), env, readyFd, directory);
        if (!result.ok() && directory != null) {
            int chdirErrno = result.errno();
            result = os.spawnDaemon(java, command(java, args, cwd, chdirErrno), env, readyFd, null);
        }
        return result;
    }

    private static List<String> command(String java, List<String> args, String cwd, Integer chdirErrno) {
        List<String> command = new ArrayList<>();
        command.add(java);
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith("-D" + DaemonChild.MARKER) && !option.startsWith("-Djsupervisor.daemon.")) {
                command.add(option);
            }
        }
        command.add("-D" + DaemonChild.MARKER + "=1");
        command.add("-D" + DaemonChild.ORIGINAL_CWD + "=" + cwd);
        if (chdirErrno != null) {
            command.add("-D" + DaemonChild.CHDIR_ERRNO + "=" + chdirErrno);
        }
        command.add("-cp");
        command.add(absoluteClassPath());
        command.add(dev.jsupervisor.daemon.SupervisordMain.class.getName());
        command.addAll(args);
        return command;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The daemon may start in another directory, so every class path entry must be absolute. */
    private static String absoluteClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            entries.add(entry.isEmpty() ? entry : Path.of(entry).toAbsolutePath().toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static long timeoutSeconds() {
        return Long.getLong(TIMEOUT_PROPERTY, DEFAULT_TIMEOUT_SECONDS);
    }

    static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing more to do with this end
        }
    }
}
