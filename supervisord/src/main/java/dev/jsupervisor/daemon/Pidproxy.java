package dev.jsupervisor.daemon;

import dev.jsupervisor.config.value.PyInt;
import dev.jsupervisor.config.value.Signals;
import dev.jsupervisor.config.value.ValueException;
import dev.jsupervisor.daemon.os.NativeOs;
import dev.jsupervisor.daemon.os.SpawnResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * pidproxy's work: start the command, pass the signals it receives on to the pid in the pidfile,
 * and end when the command has ended -- for programs that daemonize themselves, so that
 * supervisord can stop the real process through this wrapper (spec 2.4).
 *
 * <p>As the reference: the command is the absolute form of the path given (no PATH search),
 * the exit status is always 0 whatever the command's, TERM/INT/QUIT end pidproxy right after
 * being passed on, and an unreadable pidfile is reported on stdout. Unlike the reference, the
 * end of the command is noticed at once (the reference looks every 5 seconds), a command that
 * cannot be started ends pidproxy at once (the reference's forked child exits 127 unseen), and
 * a failed kill is one line on stderr and exit 1 instead of a Python traceback.
 */
final class Pidproxy {
    /** The signals passed on, in the reference's order; QUIT only where the JVM lets it go. */
    static final List<String> FORWARDED = List.of("TERM", "HUP", "INT", "USR1", "USR2", "QUIT");
    private static final List<String> WATCHED = List.of("TERM", "HUP", "INT", "USR1", "USR2", "QUIT", "CHLD");
    private static final List<Integer> ENDING = List.of(signal("TERM"), signal("INT"), signal("QUIT"));
    private static final long RECHECK_MILLIS = 1_000;

    private final NativeOs os;
    private final Path pidfile;
    private final String pidfileText;
    private final PrintStream out;
    private final PrintStream err;
    private final BlockingQueue<Integer> signals = new LinkedBlockingQueue<>();

    Pidproxy(NativeOs os, String pidfile, PrintStream out, PrintStream err) {
        this.os = os;
        this.pidfileText = pidfile;
        this.pidfile = Path.of(pidfile);
        this.out = out;
        this.err = err;
    }

    static List<String> watchedSignals() {
        return WATCHED;
    }

    /** Where the signal handlers put what they caught (they run on JVM threads). */
    void deliver(int signal) {
        signals.add(signal);
    }

    /** Runs the command until it ends or a TERM/INT/QUIT arrives; the exit status. */
    int run(String command, List<String> args, List<String> env) throws InterruptedException {
        String path = Path.of(command).toAbsolutePath().normalize().toString();
        SpawnResult started = os.posixSpawnInOurGroup(path, args, env);
        if (!started.ok()) {
            return 0;
        }
        while (true) {
            if (os.waitNoHang(started.pid()).isPresent()) {
                return 0;
            }
            Integer signal = signals.poll(RECHECK_MILLIS, TimeUnit.MILLISECONDS);
            if (signal == null || signal == signal("CHLD")) {
                continue;
            }
            Optional<Integer> failed = passOn(signal);
            if (failed.isPresent()) {
                return failed.get();
            }
            if (ENDING.contains(signal)) {
                return 0;
            }
        }
    }

    /** Sends the signal to the pidfile's pid; an exit status when that failed badly. */
    private Optional<Integer> passOn(int signal) {
        Optional<Integer> pid = readPid();
        if (pid.isEmpty()) {
            out.println(String.format(Messages.PIDPROXY_UNREADABLE, pidfileText));
            out.flush();
            return Optional.empty();
        }
        int errno = os.kill(pid.get(), signal);
        if (errno != 0) {
            err.println(String.format(Messages.PIDPROXY_KILL_FAILED, pid.get(),
                    Signals.signame(signal), os.errnoName(errno)));
            err.flush();
            return Optional.of(1);
        }
        return Optional.empty();
    }

    /** Python's int() of the file's text (surrounding whitespace allowed, as int() allows). */
    private Optional<Integer> readPid() {
        try {
            String text = new String(Files.readAllBytes(pidfile), StandardCharsets.UTF_8);
            return Optional.of(PyInt.parseInt(text));
        } catch (IOException | ValueException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int signal(String name) {
        return Signals.attribute("SIG" + name).orElseThrow();
    }
}
