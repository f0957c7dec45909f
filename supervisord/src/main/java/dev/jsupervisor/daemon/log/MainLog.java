package dev.jsupervisor.daemon.log;

import dev.jsupervisor.config.value.LogLevel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * supervisord's activity log. Before {@link #open} it only collects messages (parse warnings,
 * "Set uid ..."): the reference cannot log before it has switched user and created the file, and
 * then emits the collected messages grouped CRIT, WARN, INFO, stamped at that moment.
 * Single-threaded by design (the daemon's event loop), so nothing here is synchronized.
 */
public final class MainLog {
    private final LogLevel level;
    private final Clock clock;
    private final PrintStream errors;
    private final List<Pending> pending = new ArrayList<>();
    private final List<MainLogHandler> handlers = new ArrayList<>();
    private boolean opened;

    private record Pending(LogLevel level, String message) {}

    /** @param errors where failed writes are reported (the reference prints a traceback there) */
    public MainLog(LogLevel level, Clock clock, PrintStream errors) {
        this.level = level;
        this.clock = clock;
        this.errors = errors;
    }

    public MainLog(LogLevel level, Clock clock) {
        this(level, clock, System.err);
    }

    /**
     * Attaches the destinations (stdout echo first, then file or syslog, as the reference orders
     * them) and writes what was collected so far. Fails if the logfile cannot be opened.
     */
    public void open(MainLogTarget target, SyslogSink syslog, OutputStream stdout) throws IOException {
        if (target.echoToStdout()) {
            handlers.add(new MainLogHandler.ToStream(stdout));
        }
        if (target.toSyslog()) {
            handlers.add(new MainLogHandler.ToSyslog(syslog));
        } else {
            Path path = Path.of(target.logfile());
            handlers.add(new MainLogHandler.ToFile(RotatingFile.open(path, target.maxBytes(), target.backups())));
        }
        opened = true;
        flushPending();
    }

    private void flushPending() {
        // stable sort: within one level the original order is kept
        pending.sort(Comparator.comparingInt((Pending p) -> p.level().code()).reversed());
        for (Pending p : pending) {
            log(p.level(), p.message());
        }
        pending.clear();
    }

    public LogLevel level() {
        return level;
    }

    /** Lets callers skip building expensive messages (child output echo, TRAC lines). */
    public boolean isEnabled(LogLevel candidate) {
        return candidate.code() >= level.code();
    }

    public void log(LogLevel at, String message) {
        if (!opened) {
            pending.add(new Pending(at, message));
            return;
        }
        if (!isEnabled(at)) {
            return;
        }
        String timestamp = LogFormat.timestamp(clock);
        for (MainLogHandler handler : handlers) {
            try {
                handler.emit(timestamp, at, message);
            } catch (IOException e) {
                report(handler, e);
            }
        }
    }

    public void critical(String message) { log(LogLevel.CRIT, message); }

    public void error(String message) { log(LogLevel.ERRO, message); }

    public void warn(String message) { log(LogLevel.WARN, message); }

    public void info(String message) { log(LogLevel.INFO, message); }

    public void debug(String message) { log(LogLevel.DEBG, message); }

    public void trace(String message) { log(LogLevel.TRAC, message); }

    public void blather(String message) { log(LogLevel.BLAT, message); }

    /** The logfile, if the main log writes to one (readLog, clearLog, maintail need it). */
    public Optional<Path> file() {
        return fileHandler().map(MainLogHandler.ToFile::path);
    }

    /** Closes and reopens every destination by name (after an external logrotate). */
    public void reopen() {
        for (MainLogHandler handler : handlers) {
            reopen(handler);
        }
    }

    /**
     * The USR2 path: INFO "supervisord logreopen" (into the old file), then {@link #reopen()}.
     * The caller logs "received SIGUSR2 indicating log reopen request" first.
     */
    public void reopenLogs() {
        info(Messages.LOGREOPEN);
        reopen();
    }

    /**
     * clearLog: NO_FILE without an existing logfile, FAILED if it cannot be deleted; then, per
     * destination, INFO "reopening log file" and a reopen. The INFO therefore lands in the deleted
     * file and on stdout (once per destination), never in the new file: the reference does that.
     */
    public void clear() throws LogAccessException {
        Path path = file().filter(Files::exists)
                .orElseThrow(() -> new LogAccessException(LogAccessException.Fault.NO_FILE));
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new LogAccessException(LogAccessException.Fault.FAILED, e);
        }
        for (MainLogHandler handler : handlers) {
            info(Messages.REOPENING_LOG_FILE);
            reopen(handler);
        }
    }

    public void close() {
        for (MainLogHandler handler : handlers) {
            try {
                handler.close();
            } catch (IOException e) {
                report(handler, e);
            }
        }
    }

    private void reopen(MainLogHandler handler) {
        try {
            handler.reopen();
        } catch (IOException e) {
            report(handler, e);
        }
    }

    private Optional<MainLogHandler.ToFile> fileHandler() {
        return handlers.stream().filter(MainLogHandler.ToFile.class::isInstance)
                .map(MainLogHandler.ToFile.class::cast).findFirst();
    }

    private void report(MainLogHandler handler, IOException e) {
        if (!isBrokenPipe(e)) {
            errors.print(Messages.handlerFailed(handler.describe(), e));
            errors.flush();
        }
    }

    /** Like the reference, a closed reader of our stdout is not worth a complaint. */
    private static boolean isBrokenPipe(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("Broken pipe");
    }
}
