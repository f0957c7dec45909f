package dev.jsupervisor.daemon.log;

import dev.jsupervisor.config.value.LogLevel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One destination of the main log. All three kinds take part in reopen (USR2, clearLog). */
interface MainLogHandler {
    void emit(String timestamp, LogLevel level, String message) throws IOException;

    void reopen() throws IOException;

    void close() throws IOException;

    /** Names the destination in failure notes. */
    String describe();

    /** The logfile: appended to, rotated by size. */
    final class ToFile implements MainLogHandler {
        private final RotatingFile file;

        ToFile(RotatingFile file) {
            this.file = file;
        }

        Path path() {
            return file.path();
        }

        void remove() throws IOException {
            file.remove();
        }

        @Override
        public void emit(String timestamp, LogLevel level, String message) throws IOException {
            file.write(LogFormat.line(timestamp, level, message).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void reopen() throws IOException {
            file.reopen();
        }

        @Override
        public void close() throws IOException {
            file.close();
        }

        @Override
        public String describe() {
            return file.path().toString();
        }
    }

    /** The nodaemon echo. Never closed: it is the daemon's own stdout. */
    final class ToStream implements MainLogHandler {
        private final OutputStream out;

        ToStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void emit(String timestamp, LogLevel level, String message) throws IOException {
            out.write(LogFormat.line(timestamp, level, message).getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        public void reopen() {
            // stdout cannot be reopened; the reference's stream handler does nothing either
        }

        @Override
        public void close() {
            // leave stdout open, like the reference (it never closes fds 0-2)
        }

        @Override
        public String describe() {
            return "stdout";
        }
    }

    /** logfile=syslog: every line of a message is sent on its own, each with the full prefix. */
    final class ToSyslog implements MainLogHandler {
        private final SyslogSink sink;

        ToSyslog(SyslogSink sink) {
            this.sink = sink;
        }

        @Override
        public void emit(String timestamp, LogLevel level, String message) {
            for (String line : SyslogLines.split(message)) {
                sink.send(LogFormat.line(timestamp, level, line));
            }
        }

        @Override
        public void reopen() {
            // nothing to reopen: syslog(3) keeps its own connection
        }

        @Override
        public void close() {
            // same: the connection is not ours
        }

        @Override
        public String describe() {
            return "syslog";
        }
    }
}
