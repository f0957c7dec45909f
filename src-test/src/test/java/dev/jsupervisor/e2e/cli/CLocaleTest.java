package dev.jsupervisor.e2e.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Started without any locale variables (as from systemd or env -i), Python switches itself to
 * C.UTF-8 (PEP 538) and reads non-ASCII arguments as UTF-8. The JVM instead decodes argv with
 * the C locale's ASCII, so 'été' arrives as '??t??'. The cure belongs in the launcher (export
 * LC_CTYPE=C.UTF-8 when LC_ALL is unset and LC_CTYPE/LANG name C, POSIX or nothing, which is
 * also exactly the variable Python exports); until then this comparison cannot pass.
 */
class CLocaleTest {
    @TempDir Path dir;

    @Test
    void nonAsciiArgumentWithoutLocaleVariables() {
        assumeTrue(Files.isExecutable(Program.SUPERVISORD.reference()), "no reference supervisord");
        CliCase c = new CliCase("c-locale", Program.SUPERVISORD, dir, Map.of("PATH", "/usr/local/bin:/usr/bin:/bin"),
                List.of("-c", BadCommandLines.MISSING, "-e", "\u00e9t\u00e9"), false);
        Differential.Pair pair = Differential.run(c);
        assertEquals(pair.reference().comparable(), pair.ours().comparable());
    }
}
