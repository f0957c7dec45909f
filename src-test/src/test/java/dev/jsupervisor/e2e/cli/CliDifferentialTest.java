package dev.jsupervisor.e2e.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * supervisord and supervisorctl, reference against ours, on inputs that end before a daemon or
 * a server connection: bad command lines and every error case of the config corpus. stdout,
 * stderr and the exit code must be identical once the program path is replaced by a placeholder.
 * Cases run on a small pool; each side takes a fraction of a second.
 */
class CliDifferentialTest {
    private static final int POOL = 4;
    private static ExecutorService pool;

    @TempDir static Path dir;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(Program.SUPERVISORD.reference()), "no reference supervisord installed");
        Program.SUPERVISORD.ours(); // skips everything when the dist was not built
        pool = Executors.newFixedThreadPool(POOL);
        BadCommandLines.prepare(dir);
    }

    @AfterAll
    static void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @TestFactory
    Stream<DynamicTest> badCommandLines() {
        return compareAll(BadCommandLines.all(dir, CorpusErrorCases.environment()));
    }

    @TestFactory
    Stream<DynamicTest> corpusErrorCases() {
        List<CliCase> cases = CorpusErrorCases.all();
        assertTrue(cases.size() > 100, "expected the corpus's 100+ error cases, found " + cases.size());
        return compareAll(cases);
    }

    /**
     * The one documented difference: where the reference's supervisorctl dies with a Python
     * traceback on an unparseable file, ours prints its last line (without the module prefix and
     * with the message's line breaks as blanks) after "Error: ". The exit code is the same.
     */
    @Test
    void unparseableClientConfigIsOneLineInsteadOfATraceback() {
        Differential.Pair pair = Differential.run(CorpusErrorCases.named("263-ctl-missing-section-header"));
        String traceback = pair.reference().stderr();
        assertTrue(traceback.startsWith("Traceback (most recent call last):\n"), traceback);
        String last = traceback.substring(traceback.indexOf("\nconfigparser.") + "\nconfigparser.".length());
        assertEquals(1, pair.reference().exitCode());
        assertEquals(new Outcome(1, "", "Error: " + last.strip().replace('\n', ' ') + "\n", 0).comparable(),
                pair.ours().comparable());
    }

    private Stream<DynamicTest> compareAll(List<CliCase> cases) {
        List<CompletableFuture<Differential.Pair>> runs = cases.stream()
                .map(c -> CompletableFuture.supplyAsync(() -> Differential.run(c), pool))
                .toList();
        return Stream.iterate(0, i -> i < cases.size(), i -> i + 1)
                .map(i -> DynamicTest.dynamicTest(cases.get(i).toString(), () -> compare(runs.get(i).join())));
    }

    private static void compare(Differential.Pair pair) {
        assertEquals(pair.reference().comparable(), pair.ours().comparable(), pair.c().toString());
    }
}
