package dev.jsupervisor.e2e.echoconf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jsupervisor.echoconf.EchoConfMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import dev.jsupervisor.e2e.config.Oracle;

/** Where the two samples come from. */
final class Samples {
    /** Installed by Debian's python3-supervisor 4.2.5; what the reference's echo_supervisord_conf prints. */
    static final Path REFERENCE_SAMPLE = Path.of("/usr/lib/python3/dist-packages/supervisor/skel/sample.conf");

    /** The complete environment both parsers see (as `env -i PATH=/usr/bin:/bin HOME=/root`). */
    static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin", "HOME", "/root");

    private Samples() {}

    /** {@code supervisord -c config} as the reference reads it; cwd is the config's directory. */
    static String dumpServer(Path config) {
        return dump(config, false);
    }

    /** {@code supervisorctl -c config} as the reference reads it; cwd is the config's directory. */
    static String dumpClient(Path config) {
        return dump(config, true);
    }

    private static String dump(Path config, boolean client) {
        Oracle.assumeAvailable();
        Path dir = config.toAbsolutePath().getParent();
        return Oracle.run(client, config.getFileName().toString(), List.of(), ENV, dir);
    }

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
