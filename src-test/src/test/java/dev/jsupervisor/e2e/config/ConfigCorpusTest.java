package dev.jsupervisor.e2e.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test of our config loader against the reference's goldens: one dynamic test per
 * config-corpus case, run with the corpus ENVIRONMENT and the case directory as working directory.
 * Regenerate goldens with src-test/oracle/regen-goldens.sh (see src-test/oracle/README.md).
 */
class ConfigCorpusTest {
    private static final int MINIMUM_CASES = 70;

    @TestFactory
    Stream<DynamicTest> ourLoaderMatchesTheReference() {
        Map<String, String> env = Corpus.environment();
        return Corpus.cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            String ours = c.client()
                    ? OurConfigDump.dumpClient(c.config(), c.args(), env, c.dir())
                    : OurConfigDump.dumpServer(c.config(), c.args(), env, c.dir());
            assertEquals(Corpus.canonical(c.expected()), Corpus.canonical(ours),
                    () -> c.name() + ": our dump differs from " + c.expectedFile());
        }));
    }

    /** Guards the harness itself (runs even while OurConfigDump is a stub). */
    @Test
    void corpusIsWellFormed() {
        List<CorpusCase> cases = Corpus.cases();
        assertTrue(cases.size() >= MINIMUM_CASES, "only " + cases.size() + " cases");
        for (CorpusCase c : cases) {
            assertTrue(c.name().matches("\\d{3}-[a-z0-9-]+"), "case name " + c.name());
            assertTrue(Files.isRegularFile(c.expectedFile()), c.name() + ": no expected.json, run regen-goldens.sh");
            String golden = c.expected();
            assertTrue(golden.startsWith("{\n") && golden.endsWith("}\n"), c.name() + ": not oracle JSON");
        }
        Map<String, String> env = Corpus.environment();
        assertTrue(env.containsKey("PATH") && env.containsKey("HOME") && !env.containsKey("TMPDIR"), env::toString);
    }
}
