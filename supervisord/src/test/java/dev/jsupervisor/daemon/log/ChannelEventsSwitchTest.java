package dev.jsupervisor.daemon.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.daemon.log.ChildLogSpec.OutputChannel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The events layer's switches on a channel: log events on and off at run time, and the echo it replaces. */
class ChannelEventsSwitchTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream mainOut = new ByteArrayOutputStream();
    private final List<String> logged = new ArrayList<>();
    private boolean subscribed;

    private ChildLogChannel channel(LogLevel level, ChildLogChannel.Listener listener) throws IOException {
        MainLog log = new MainLog(level, TestClocks.FIXED, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        log.open(new MainLogTarget(dir.resolve("main.log").toString(), 0, 0, true), SyslogSink.DISCARD, mainOut);
        ChildLogSpec spec = new ChildLogSpec("lst", OutputChannel.STDOUT, dir.resolve("c.log"), 0, 0, false, 0, false);
        return ChildLogChannel.open(spec, log, SyslogSink.DISCARD, listener);
    }

    @Test
    void logEventsFollowTheSubscriptionChunkByChunk() throws IOException {
        ChildLogChannel.Listener listener = new ChildLogChannel.Listener() {
            @Override
            public boolean wantsLogged() {
                return subscribed;
            }

            @Override
            public void logged(byte[] data) {
                logged.add(new String(data, StandardCharsets.UTF_8));
            }
        };
        try (ChildLogChannel ch = channel(LogLevel.INFO, listener)) {
            ch.write(ByteBuffer.wrap("fast ".getBytes(StandardCharsets.UTF_8)));
            subscribed = true;
            ch.write(ByteBuffer.wrap("seen ".getBytes(StandardCharsets.UTF_8)));
            subscribed = false;
            ch.write(ByteBuffer.wrap("fast".getBytes(StandardCharsets.UTF_8)));
        }
        assertEquals(List.of("seen "), logged);
        assertEquals("fast seen fast", Files.readString(dir.resolve("c.log")));
    }

    @Test
    void aListenerThatEchoesItselfSilencesTheTextEcho() throws IOException {
        ChildLogChannel.Listener listener = new ChildLogChannel.Listener() {
            @Override
            public boolean replacesDebugEcho() {
                return true;
            }
        };
        try (ChildLogChannel ch = channel(LogLevel.DEBG, listener)) {
            ch.write("READY\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("", mainOut.toString(StandardCharsets.UTF_8));
        assertEquals("READY\n", Files.readString(dir.resolve("c.log")));
    }
}
