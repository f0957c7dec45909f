package dev.jsupervisor.e2e.echoconf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jsupervisor.echoconf.EchoConfMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the two samples come from. */
final class Samples {
    /** Installed by Debian's python3-supervisor 4.2.5; what the reference's echo_supervisord_conf prints. */
    static final Path REFERENCE_SAMPLE = Path.of("/usr/lib/python3/dist-packages/supervisor/skel/sample.conf");

    private Samples() {}

    /** Our sample, read from the classpath exactly as {@code EchoConfMain} prints it. */
    static String ours() {
        return new String(EchoConfMain.sampleBytes(), StandardCharsets.UTF_8);
    }

    /** The reference's sample; aborts (skips) the calling test if it is not installed. */
    static String reference() {
        assumeTrue(Files.isRegularFile(REFERENCE_SAMPLE), "reference sample not installed: " + REFERENCE_SAMPLE);
        try {
            return Files.readString(REFERENCE_SAMPLE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
