package dev.jsupervisor.echoconf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * {@code echo_supervisord_conf}: prints the bundled sample configuration to stdout.
 *
 * <p>Like the reference (spec §2.3) every argument is ignored, {@code --help} included, and the
 * exit status is 0. The sample lives next to this class as {@value #SAMPLE_RESOURCE} and is
 * copied byte for byte, so what a user redirects into a file is exactly what the tests check.
 */
public final class EchoConfMain {
    /** Resource name, relative to this class's package. */
    public static final String SAMPLE_RESOURCE = "sample.conf";

    private EchoConfMain() {}

    public static void main(String[] args) throws IOException {
        // args deliberately unused: the reference has no options at all.
        PrintStream out = System.out;
        writeSample(out);
        out.flush();
        if (out.checkError()) {
            // PrintStream swallows IOExceptions (e.g. a closed pipe); report failure like a crash would.
            System.exit(1);
        }
    }

    /** Copies the sample to {@code out} unchanged. */
    public static void writeSample(OutputStream out) throws IOException {
        try (InputStream in = openSample()) {
            in.transferTo(out);
        }
    }

    /** The sample's exact bytes. */
    public static byte[] sampleBytes() {
        try (InputStream in = openSample()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream openSample() throws IOException {
        InputStream in = EchoConfMain.class.getResourceAsStream(SAMPLE_RESOURCE);
        if (in == null) {
            throw new IOException("resource missing from the jar: " + SAMPLE_RESOURCE);
        }
        return in;
    }
}
