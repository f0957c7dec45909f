package dev.jsupervisor.e2e.echoconf;

import dev.jsupervisor.e2e.config.Oracle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference's own parser reads the same thing from both samples: first as shipped, then with every
 * disabled header and option switched on (which proves the disabled values match too). Each sample is
 * written as supervisord.conf in its own directory, so the oracle's $HERE normalisation makes the JSON
 * independent of where the file lives.
 */
class EchoSampleReferenceParseTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void requireReference() {
        Oracle.assumeAvailable();
    }

    @Test
    void shippedSamplesParseIdentically() {
        Path ours = SampleVariants.write(tmp.resolve("ours"), Samples.ours());
        Path reference = SampleVariants.write(tmp.resolve("reference"), Samples.reference());
        assertSameParse(reference, ours);
    }

    @Test
    void fullyUncommentedSamplesParseIdentically() {
        Path ours = writeUncommented(tmp.resolve("ours"), Samples.ours());
        Path reference = writeUncommented(tmp.resolve("reference"), Samples.reference());
        String json = assertSameParse(reference, ours);
        // The uncommented file must really parse; equal error messages would prove far less.
        assertTrue(json.contains("\"name\": \"theeventlistenername\""), "listener section was not enabled:\n" + json);
        assertTrue(json.contains("\"family\": \"inet\""), "inet server was not enabled:\n" + json);
    }

    static Path writeUncommented(Path dir, String sample) {
        return SampleVariants.write(dir, SampleVariants.makeRunnable(SampleVariants.uncommentAll(sample), dir));
    }

    /** Compares server and client views; returns the server JSON. */
    private static String assertSameParse(Path reference, Path ours) {
        String expectedServer = Samples.dumpServer(reference);
        assertTrue(expectedServer.contains("\"ok\": true"), () -> "reference rejects its own sample:\n" + expectedServer);
        assertEquals(expectedServer, Samples.dumpServer(ours), "supervisord's view");
        String expectedClient = Samples.dumpClient(reference);
        assertTrue(expectedClient.contains("\"ok\": true"), () -> "reference rejects its own sample:\n" + expectedClient);
        assertEquals(expectedClient, Samples.dumpClient(ours), "supervisorctl's view");
        return expectedServer;
    }
}
