package dev.jsupervisor.e2e.echoconf;

import dev.jsupervisor.e2e.config.Oracle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsupervisor.e2e.config.OurConfigDump;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our Java loader reads our sample exactly as the reference's parser does (same JSON text), both as
 * shipped and fully uncommented. Same environment and working directory for both sides.
 */
class EchoSampleOurLoaderTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void requireReference() {
        Oracle.assumeAvailable();
    }

    @Test
    void shippedSample() {
        assertLoaderAgrees(SampleVariants.write(tmp.resolve("ours"), Samples.ours()));
    }

    @Test
    void fullyUncommentedSample() {
        assertLoaderAgrees(EchoSampleReferenceParseTest.writeUncommented(tmp.resolve("ours"), Samples.ours()));
    }

    private static void assertLoaderAgrees(Path config) {
        Path cwd = config.getParent();
        assertEquals(Samples.dumpServer(config),
                OurConfigDump.dumpServer(config, List.of(), Samples.ENV, cwd), "supervisord's view");
        assertEquals(Samples.dumpClient(config),
                OurConfigDump.dumpClient(config, List.of(), Samples.ENV, cwd), "supervisorctl's view");
    }
}
