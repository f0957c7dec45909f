package dev.jsupervisor.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupervisordMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SupervisordMain.run(List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void shortVersionFlagPrintsTheReferenceVersion() {
        assertEquals(0, run("-v"));
        assertEquals("4.2.5" + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void longVersionFlagPrintsTheReferenceVersion() {
        assertEquals(0, run("--version"));
        assertEquals("4.2.5" + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anythingElseSaysNotImplementedOnOneLine() {
        assertEquals(1, run("-n", "-c", "/etc/supervisor/supervisord.conf"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals(SupervisordMain.NOT_IMPLEMENTED + System.lineSeparator(),
                err.toString(StandardCharsets.UTF_8));
    }
}
