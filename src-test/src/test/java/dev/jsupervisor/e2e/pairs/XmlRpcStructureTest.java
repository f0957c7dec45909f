package dev.jsupervisor.e2e.pairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.abort;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Both daemons driven by Python's xmlrpc.client (the client every supervisor tool uses): every
 * read-only method, the fault codes and strings for bad names, argument counts and types and
 * unknown methods, compared result by result with their XML-RPC types (an int must stay an int).
 */
class XmlRpcStructureTest {
    private static final Map<Impl, PairDaemon> DAEMONS = new EnumMap<>(Impl.class);
    private static final Map<Impl, Map<String, String>> RESULTS = new EnumMap<>(Impl.class);

    @BeforeAll
    static void setUp() {
        Impl.requireReference();
    }

    @AfterAll
    static void tearDown() throws Exception {
        for (PairDaemon d : DAEMONS.values()) {
            d.close();
        }
    }

    @TestFactory
    List<DynamicTest> everyCallMatchesTheReference() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String call : PythonProbe.calls()) {
            String label = PythonProbe.label(call);
            tests.add(DynamicTest.dynamicTest(label, () -> {
                if (PendingServerMethods.KNOWN_GAP_CALLS.contains(label) && !Boolean.getBoolean("pairs.ignoreGaps")) {
                    abort("our daemon lacks this method yet (PendingServerMethods.KNOWN_GAP_CALLS): " + call);
                }
                String expected = results(Impl.PYTHON).get(label);
                String actual = results(Impl.OURS).get(label);
                if (PROSE.contains(label)) {
                    expected = typeOnly(expected);
                    actual = typeOnly(actual);
                }
                assertEquals(expected, actual, call);
            }));
        }
        return tests;
    }

    /** Calls that answer with prose (method docstrings): ours is in our own words, so only the type counts. */
    static final Set<String> PROSE = Set.of("method-help");

    private static String typeOnly(String result) {
        return result == null || !result.startsWith("string:") ? result : "string:<prose>";
    }

    @Test
    void inetWithCredentialsAnswersLikeUnix() throws Exception {
        for (Impl impl : Impl.values()) {
            List<String> some = PythonProbe.calls().subList(0, 16);
            Map<String, String> inet = PythonProbe.overInet(daemon(impl), PairDaemon.USER, PairDaemon.PASSWORD, some);
            Map<String, String> unix = PythonProbe.overUnix(daemon(impl), some);
            assertEquals(unix, inet, impl + " daemon");
        }
    }

    @Test
    void inetWithoutOrWithWrongCredentialsIsRefusedAlike() throws Exception {
        List<String> some = PythonProbe.calls().subList(10, 13);
        for (String[] credentials : new String[][] {{"-", "-"}, {"user", "wrong"}, {"nobody", "123"}}) {
            Map<String, String> theirs =
                    PythonProbe.overInet(daemon(Impl.PYTHON), credentials[0], credentials[1], some);
            Map<String, String> ours = PythonProbe.overInet(daemon(Impl.OURS), credentials[0], credentials[1], some);
            assertEquals(theirs, ours, String.join(":", credentials));
        }
    }

    private static synchronized Map<String, String> results(Impl impl) throws Exception {
        Map<String, String> r = RESULTS.get(impl);
        if (r == null) {
            r = PythonProbe.overUnix(daemon(impl), PythonProbe.calls());
            RESULTS.put(impl, r);
        }
        return r;
    }

    private static synchronized PairDaemon daemon(Impl impl) throws Exception {
        PairDaemon d = DAEMONS.get(impl);
        if (d == null) {
            d = PairDaemon.start(impl, ReadOnlyScenarios.PROGRAMS);
            DAEMONS.put(impl, d);
            PairDaemon started = d;
            Waits.until(60, impl + " daemon settled", () -> started.settled()
                    && started.state("failer").equals("FATAL") && started.state("grp:talker").equals("RUNNING"));
        }
        return d;
    }
}
