package dev.jsupervisor.echoconf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class EchoConfMainTest {

    /** Runs main with stdout captured; main must return normally (exit 0, no System.exit). */
    private static byte[] runMain(String... args) throws IOException {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(captured, false)) {
            System.setOut(capture);
            EchoConfMain.main(args);
        } finally {
            System.setOut(saved);
        }
        return captured.toByteArray();
    }

    private static byte[] resourceBytes() throws IOException {
        try (InputStream in = EchoConfMain.class.getResourceAsStream("sample.conf")) {
            assertTrue(in != null, "sample.conf must be packaged next to EchoConfMain");
            return in.readAllBytes();
        }
    }

    @Test
    void printsTheResourceByteForByte() throws IOException {
        byte[] expected = resourceBytes();
        assertTrue(expected.length > 1000, "sample looks truncated");
        assertArrayEquals(expected, runMain());
        assertArrayEquals(expected, EchoConfMain.sampleBytes());
    }

    @Test
    void ignoresEveryArgument() throws IOException {
        byte[] expected = resourceBytes();
        assertArrayEquals(expected, runMain("--help"));
        assertArrayEquals(expected, runMain("-h", "-c", "/nonexistent.conf", "extra", ""));
    }

    @Test
    void sampleIsPlainAsciiEndingInNewline() throws IOException {
        byte[] bytes = resourceBytes();
        for (byte b : bytes) {
            assertTrue(b == '\n' || (b >= 0x20 && b < 0x7f), "unexpected byte " + (b & 0xff));
        }
        assertTrue(bytes[bytes.length - 1] == '\n');
    }
}
