package dev.jsupervisor.daemon.log;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Records what a ChildLogChannel hands to its listener and to syslog, in order. */
final class ChannelRecorder implements ChildLogChannel.Listener {
    final List<String> events = new ArrayList<>();
    final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    final List<String> captured = new ArrayList<>();
    final List<String> syslog = new ArrayList<>();

    @Override
    public void logged(byte[] data) {
        events.add("L " + text(data));
        logged.writeBytes(data);
    }

    @Override
    public void captured(byte[] data) {
        events.add("C " + text(data));
        captured.add(text(data));
    }

    void syslog(String line) {
        syslog.add(line);
    }

    static String text(byte[] data) {
        return new String(data, StandardCharsets.ISO_8859_1);
    }
}
