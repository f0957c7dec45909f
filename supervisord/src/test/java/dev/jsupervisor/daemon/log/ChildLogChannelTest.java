package dev.jsupervisor.daemon.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.daemon.log.ChildLogSpec.OutputChannel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildLogChannelTest {
    private static final String BEGIN = "<!--XSUPERVISOR:BEGIN-->";
    private static final String END = "<!--XSUPERVISOR:END-->";

    @TempDir Path dir;
    private final ByteArrayOutputStream mainOut = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final ChannelRecorder rec = new ChannelRecorder();

    private MainLog mainLog(LogLevel level) throws IOException {
        MainLog log = new MainLog(level, TestClocks.FIXED, new PrintStream(errors, true, StandardCharsets.UTF_8));
        log.open(new MainLogTarget(dir.resolve("main.log").toString(), 0, 0, true), SyslogSink.DISCARD, mainOut);
        return log;
    }

    private ChildLogChannel channel(Path file, long maxBytes, int backups, boolean syslog, long capture,
            boolean strip, LogLevel level) throws IOException {
        ChildLogSpec spec = new ChildLogSpec("cat", OutputChannel.STDOUT, file, maxBytes, backups, syslog, capture, strip);
        return ChildLogChannel.open(spec, mainLog(level), rec::syslog, rec,
                new PrintStream(errors, true, StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private String file(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.ISO_8859_1);
    }

    private String main() {
        return mainOut.toString(StandardCharsets.UTF_8);
    }

    @Test
    void chunksGoToTheFileAsTheyAre() throws IOException {
        try (ChildLogChannel ch = channel(dir.resolve("c.log"), 0, 0, false, 0, false, LogLevel.INFO)) {
            ch.write(bytes("no newline"));
            ch.write(bytes(" then\r\nmore\u0000\u00ff"));
        }
        assertEquals("no newline then\r\nmore\u0000\u00ff", file("c.log"));
        assertEquals(List.of("L no newline", "L  then\r\nmore\u0000\u00ff"), rec.events);
        assertEquals("", main());
    }

    @Test
    void debugLevelEchoesEachChunkToTheMainLog() throws IOException {
        try (ChildLogChannel ch = channel(null, 0, 0, false, 0, false, LogLevel.DEBG)) {
            ch.write(bytes("hello\n"));
            ch.write(new byte[] {'a', (byte) 0xff, '\''});
        }
        assertEquals(TestClocks.STAMP + " DEBG 'cat' stdout output:\nhello\n\n"
                + TestClocks.STAMP + " DEBG 'cat' stdout output:\nUndecodable: b\"a\\xff'\"\n", main());
    }

    @Test
    void syslogGetsNamePrefixedLines() throws IOException {
        try (ChildLogChannel ch = channel(null, 0, 0, true, 0, false, LogLevel.INFO)) {
            ch.write(bytes("one\ntwo\n\n"));
            ch.write(new byte[] {(byte) 0xff, '\n'});
            ch.write(bytes("three"));
        }
        assertEquals(List.of("cat one", "cat two", "cat three"), rec.syslog);
    }

    @Test
    void stripAnsiAppliesPerChunkBeforeEveryDestination() throws IOException {
        try (ChildLogChannel ch = channel(dir.resolve("c.log"), 0, 0, true, 0, true, LogLevel.DEBG)) {
            ch.write(bytes("\u001b[31mred\u001b[0m\n"));
            ch.write(bytes("\u001b[1"));
            ch.write(bytes("mbold"));
        }
        assertEquals("red\nmbold", file("c.log"));
        assertEquals(List.of("L red\n", "L ", "L mbold"), rec.events);
        assertTrue(main().contains("DEBG 'cat' stdout output:\n\n"), main());
    }

    @Test
    void rotationKeepsEveryByteOfAStraddlingChunk() throws IOException {
        try (ChildLogChannel ch = channel(dir.resolve("c.log"), 10, 3, false, 0, false, LogLevel.INFO)) {
            for (String chunk : List.of("12345", "6789", "ABCDEFGHIJKLMNOP", "x", "yz", "0123456789", "q")) {
                ch.write(bytes(chunk));
            }
        }
        assertEquals("q", file("c.log"));
        assertEquals("xyz0123456789", file("c.log.1"));
        assertEquals("123456789ABCDEFGHIJKLMNOP", file("c.log.2"));
    }

    @Test
    void clearRemovesTheFileButNotTheBackups() throws IOException {
        try (ChildLogChannel ch = channel(dir.resolve("c.log"), 4, 2, false, 0, false, LogLevel.INFO)) {
            ch.write(bytes("abcd"));
            ch.write(bytes("ef"));
            ch.clear();
            assertEquals("", file("c.log"));
            ch.write(bytes("g"));
        }
        assertEquals("g", file("c.log"));
        assertEquals("abcd", file("c.log.1"));
    }

    @Test
    void reopenAfterLogrotateRename() throws IOException {
        try (ChildLogChannel ch = channel(dir.resolve("c.log"), 0, 0, false, 0, false, LogLevel.INFO)) {
            ch.write(bytes("old"));
            Files.move(dir.resolve("c.log"), dir.resolve("c.log-2024"));
            ch.reopen();
            ch.write(bytes("new"));
        }
        assertEquals("old", file("c.log-2024"));
        assertEquals("new", file("c.log"));
    }

    @Test
    void captureAsTheReferenceDidForPrintf() throws IOException {
        // the reference, given this in one read: log "hi", event "secret", "tail" held back
        try (ChildLogChannel ch = channel(dir.resolve("c.log"), 0, 0, false, 1000, false, LogLevel.DEBG)) {
            ch.write(bytes("hi" + BEGIN + "secret" + END + "tail"));
            assertEquals("tail", ChannelRecorder.text(ch.heldBack()));
            assertFalse(ch.capturing());
        }
        assertEquals("hi", file("c.log"));
        assertEquals(List.of("L hi", "L secret", "C secret"), rec.events);
        assertEquals(TestClocks.STAMP + " DEBG 'cat' stdout output:\nhi\n"
                + TestClocks.STAMP + " DEBG 'cat' stdout output:\nsecret\n"
                + TestClocks.STAMP + " DEBG 'cat' stdout emitted a comm event\n", main());
    }

    @Test
    void shortOutputIsHeldEvenWithoutAnyToken() throws IOException {
        try (ChildLogChannel ch = channel(dir.resolve("c.log"), 0, 0, false, 1000, false, LogLevel.INFO)) {
            ch.write(bytes("x".repeat(24)));
            assertEquals("", file("c.log"));
            ch.write(bytes("y"));
            assertEquals("x".repeat(24) + "y", file("c.log"));
            ch.write(bytes("abc<!--XSUP"));
            assertEquals("abc<!--XSUP", ChannelRecorder.text(ch.heldBack()));
            ch.write(bytes("abcdefghijklmnopq<!--XSUP"));
            assertEquals("<!--XSUP", ChannelRecorder.text(ch.heldBack()));
            assertEquals("x".repeat(24) + "yabc<!--XSUPabcdefghijklmnopq", file("c.log"));
        }
    }

    @Test
    void captureBufferDropsAsManyOldBytesAsAreWritten() {
        CaptureBuffer b = new CaptureBuffer(10);
        // the same writes went through the reference's BoundIO(10)
        b.write(bytes("abc"));
        assertEquals("abc", ChannelRecorder.text(b.contents()));
        b.write(bytes("0123456789ABCDEFGHIJ"));
        assertEquals("0123456789ABCDEFGHIJ", ChannelRecorder.text(b.contents()));
        b.write(bytes("xy"));
        assertEquals("23456789ABCDEFGHIJxy", ChannelRecorder.text(b.contents()));
        b.write(bytes("12345678"));
        assertEquals("ABCDEFGHIJxy12345678", ChannelRecorder.text(b.contents()));
    }
}
