package dev.jsupervisor.daemon.log;

import dev.jsupervisor.config.value.LogLevel;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * One output channel (stdout or stderr) of one process: raw pipe chunks in; the child log file,
 * syslog, the main-log echo, capture events and log events out. Chunks are written as they are
 * (no framing, no timestamps). Single-threaded: the daemon's event loop calls it.
 */
public final class ChildLogChannel implements Closeable {
    /** The hooks the events layer fills in; both default to doing nothing. */
    public interface Listener {
        /** Every piece that was logged, captured ones included (PROCESS_LOG_* source). */
        default void logged(byte[] data) { }

        /** The bytes of a finished capture block (PROCESS_COMMUNICATION_* source). */
        default void captured(byte[] data) { }

        /**
         * Asked per chunk when {@link #logged} is overridden: false lets the chunk take the fast
         * path (nobody subscribes to the log events right now).
         */
        default boolean wantsLogged() { return true; }

        /** True when the listener writes the DEBG echo itself (an event listener's stdout). */
        default boolean replacesDebugEcho() { return false; }
    }

    private final ChildLogSpec spec;
    private final MainLog mainLog;
    private final SyslogSink syslog;
    private final Listener listener;
    private final PrintStream errors;
    private final RotatingFile file;
    private final CaptureScanner scanner;
    private final CaptureBuffer captureBuffer;
    /** Chunks only go to the file (and to the debug echo when the main log is at debug)... */
    private final boolean plainFileOnly;
    /** ...unless the listener wants them now (asked per chunk when it overrides logged()). */
    private final boolean loggedIgnored;

    private ChildLogChannel(ChildLogSpec spec, MainLog mainLog, SyslogSink syslog, Listener listener,
            PrintStream errors, RotatingFile file) {
        this.spec = spec;
        this.mainLog = mainLog;
        this.syslog = syslog;
        this.listener = listener;
        this.errors = errors;
        this.file = file;
        this.scanner = new CaptureScanner(spec.captureMaxBytes() > 0);
        this.captureBuffer = spec.captureMaxBytes() > 0 ? new CaptureBuffer(spec.captureMaxBytes()) : null;
        this.plainFileOnly = spec.captureMaxBytes() <= 0 && !spec.stripAnsi() && !spec.syslog();
        this.loggedIgnored = ignoresLogged(listener);
    }

    /** Opens the log file (append, created if missing) when the spec names one. */
    public static ChildLogChannel open(ChildLogSpec spec, MainLog mainLog, SyslogSink syslog, Listener listener,
            PrintStream errors) throws IOException {
        RotatingFile file = spec.logfile() == null ? null
                : RotatingFile.open(spec.logfile(), spec.maxBytes(), spec.backups());
        return new ChildLogChannel(spec, mainLog, syslog, listener, errors, file);
    }

    public static ChildLogChannel open(ChildLogSpec spec, MainLog mainLog, SyslogSink syslog, Listener listener)
            throws IOException {
        return open(spec, mainLog, syslog, listener, System.err);
    }

    public ChildLogSpec spec() {
        return spec;
    }

    public Optional<Path> logfile() {
        return Optional.ofNullable(spec.logfile());
    }

    /** True between a BEGIN and an END token. */
    public boolean capturing() {
        return scanner.capturing();
    }

    /** Output received but held back while looking for a capture token. */
    public byte[] heldBack() {
        return scanner.held();
    }

    /**
     * Takes one chunk read from the pipe, between the buffer's position and limit (the buffer is
     * consumed). With nothing but a file to feed (no capture, strip_ansi, syslog, log events or
     * debug echo) the bytes go to the file straight from the buffer: no copy, no allocation.
     * Otherwise as {@link #write(byte[], int, int)}.
     */
    public void write(ByteBuffer chunk) throws IOException {
        if (plainFileOnly && (loggedIgnored || !listener.wantsLogged()) && !mainLog.isEnabled(LogLevel.DEBG)) {
            writeToFile(chunk);
            return;
        }
        byte[] data = new byte[chunk.remaining()];
        chunk.get(data);
        write(data, 0, data.length);
    }

    /** The fast path's file write: failures as in {@link #toFileAndSyslog}. */
    private void writeToFile(ByteBuffer chunk) throws IOException {
        if (file == null) {
            chunk.position(chunk.limit());
            return;
        }
        try {
            file.writeAll(chunk);
        } catch (IOException e) {
            report(e);
        }
        file.rotateIfFull();
    }

    /** The listener's logged() is the interface's no-op: nobody needs the pieces. */
    private static boolean ignoresLogged(Listener listener) {
        try {
            return listener.getClass().getMethod("logged", byte[].class).getDeclaringClass() == Listener.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * Takes one chunk read from the pipe. An IOException means rotating the file failed (e.g. a
     * pipe target with maxbytes > 0); the reference then closes the channel with a CRIT line.
     * Plain write failures are only reported, as the reference does.
     */
    public void write(byte[] chunk, int offset, int length) throws IOException {
        byte[] data = Arrays.copyOfRange(chunk, offset, offset + length);
        IOException[] failure = new IOException[1];
        scanner.feed(data, new CaptureScanner.Output() {
            @Override
            public void piece(byte[] piece) {
                if (failure[0] == null) {
                    failure[0] = logPiece(piece);
                }
            }

            @Override
            public void toggled(boolean nowCapturing) {
                if (!nowCapturing) {
                    finishCapture();
                }
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    public void write(byte[] chunk) throws IOException {
        write(chunk, 0, chunk.length);
    }

    /** One released piece: strip, then file/syslog (or the capture buffer), echo, log event. */
    private IOException logPiece(byte[] piece) {
        byte[] data = spec.stripAnsi() ? AnsiStripper.strip(piece) : piece;
        try {
            if (scanner.capturing()) {
                captureBuffer.write(data);
            } else {
                toFileAndSyslog(data);
            }
        } catch (IOException rotationFailed) {
            return rotationFailed;
        }
        if (!listener.replacesDebugEcho()) {
            echoToMainLog(data);
        }
        listener.logged(data);
        return null;
    }

    private void toFileAndSyslog(byte[] data) throws IOException {
        if (file != null) {
            try {
                file.writeAll(data, 0, data.length);
            } catch (IOException e) {
                report(e);
            }
            file.rotateIfFull();
        }
        if (spec.syslog()) {
            sendToSyslog(data);
        }
    }

    /** "<name> <line>" per line; text that is not UTF-8 is dropped, as the reference's handler does. */
    private void sendToSyslog(byte[] data) {
        String text = decodeUtf8(data);
        if (text == null) {
            return;
        }
        for (String line : SyslogLines.split(text)) {
            syslog.send(spec.processName() + " " + line);
        }
    }

    private void echoToMainLog(byte[] data) {
        if (mainLog.isEnabled(LogLevel.DEBG)) {
            String text = decodeUtf8(data);
            String shown = text != null ? text : Messages.undecodable(data);
            mainLog.debug(Messages.childOutput(spec.processName(), spec.channel().label(), shown));
        }
    }

    /** END seen: hand the block on, say so in the main log, empty the buffer. */
    private void finishCapture() {
        listener.captured(captureBuffer.contents());
        mainLog.debug(Messages.emittedCommEvent(spec.processName(), spec.channel().label()));
        captureBuffer.clear();
    }

    /** USR2: reopen the file by name. */
    public void reopen() throws IOException {
        if (file != null) {
            file.reopen();
        }
    }

    /** clearProcessLogs: delete and recreate the file (backups stay), empty the capture buffer. */
    public void clear() throws IOException {
        if (file != null) {
            file.remove();
            file.reopen();
        }
        if (captureBuffer != null) {
            captureBuffer.clear();
        }
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }

    private void report(IOException e) {
        errors.print(Messages.handlerFailed(String.valueOf(spec.logfile()), e));
        errors.flush();
    }

    /** Strict UTF-8, or null when the bytes are not valid UTF-8. */
    static String decodeUtf8(byte[] data) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
