package dev.jsupervisor.e2e.abuse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.e2e.pairs.Impl;
import dev.jsupervisor.e2e.pairs.PairDaemon;
import dev.jsupervisor.xmlrpc.FaultException;
import dev.jsupervisor.xmlrpc.TransportException;
import dev.jsupervisor.xmlrpc.XmlRpcClient;
import dev.jsupervisor.xmlrpc.XmlRpcDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A few hundred method calls with random arguments of every XML-RPC type, from a fixed seed (so a
 * failure repeats): every call must end in a result, a fault or a clean HTTP error, never in a
 * dead daemon or a broken connection. shutdown and restart are left out: they end the daemon by design.
 */
class RandomCallsTest {
    private static final long SEED = 20261121L;
    private static final int CALLS = 400;
    private static final String[] NAMES = {"supervisor.getState", "supervisor.getPID", "supervisor.getProcessInfo",
        "supervisor.getAllProcessInfo", "supervisor.readLog", "supervisor.readMainLog", "supervisor.getVersion",
        "supervisor.getIdentification", "supervisor.startProcess", "supervisor.stopProcess",
        "supervisor.signalProcess", "supervisor.readProcessStdoutLog", "supervisor.tailProcessStdoutLog",
        "supervisor.clearProcessLogs", "supervisor.getAllConfigInfo", "supervisor.sendProcessStdin",
        "supervisor.sendRemoteCommEvent", "supervisor.addProcessGroup", "supervisor.removeProcessGroup",
        "system.listMethods", "system.methodHelp", "system.methodSignature", "system.multicall", "supervisor.nosuch",
        "nosuch", "", "supervisor.", ".", "supervisor.getState.x", "system._private", "supervisor._update"};

    private static PairDaemon ours;
    private static Health health;

    @BeforeAll
    static void setUp() throws Exception {
        ours = PairDaemon.start(Impl.OURS, "[program:cat]\ncommand=/bin/cat\n"
                + "[program:other]\ncommand=/bin/sleep 1000\nautostart=false\n");
        health = new Health(ours);
    }

    @AfterAll
    static void tearDown() {
        if (ours != null) {
            ours.close();
        }
    }

    @Test
    void randomCallsNeverHurtTheDaemon() throws Exception {
        Random random = new Random(SEED);
        Map<String, Integer> outcomes = new TreeMap<>();
        try (XmlRpcClient client = new XmlRpcClient(ours.unixUrl(), null, null)) {
            for (int i = 0; i < CALLS; i++) {
                String method = NAMES[random.nextInt(NAMES.length)];
                List<Object> args = new ArrayList<>();
                for (int n = random.nextInt(4); n > 0; n--) {
                    args.add(value(random, 2));
                }
                outcomes.merge(call(client, method, args), 1, Integer::sum);
                assertTrue(ours.alive(), "daemon died on call " + i + ": " + method + args);
            }
        }
        System.out.println("[abuse] " + CALLS + " random calls (seed " + SEED + "): " + outcomes);
        health.check(CALLS + " random calls");
    }

    private static String call(XmlRpcClient client, String method, List<Object> args) {
        try {
            client.call(method, args);
            return "result";
        } catch (FaultException f) {
            return "fault " + f.code();
        } catch (TransportException e) {
            return "http error (" + e.kind() + ")";
        }
    }

    /** Any XML-RPC value; containers nest up to {@code depth} levels. */
    static Object value(Random r, int depth) {
        int kind = r.nextInt(depth > 0 ? 9 : 7);
        switch (kind) {
            case 0: return r.nextInt();
            case 1: return r.nextBoolean();
            case 2: return r.nextDouble() * 1e6 - 5e5;
            case 3: return r.nextInt(3) == 0 ? "cat" : randomString(r);
            case 4: return bytes(r);
            case 5: return new XmlRpcDateTime("20261121T10:00:0" + r.nextInt(10));
            case 6: return r.nextBoolean() ? "" : "other";
            case 7: {
                List<Object> list = new ArrayList<>();
                for (int n = r.nextInt(4); n > 0; n--) {
                    list.add(value(r, depth - 1));
                }
                return list;
            }
            default: {
                Map<String, Object> struct = new LinkedHashMap<>();
                for (int n = r.nextInt(4); n > 0; n--) {
                    struct.put(r.nextBoolean() ? "methodName" : randomString(r), value(r, depth - 1));
                }
                return struct;
            }
        }
    }

    private static String randomString(Random r) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(12); n > 0; n--) {
            b.append((char) (r.nextBoolean() ? 'a' + r.nextInt(26) : 0x20 + r.nextInt(0x2000)));
        }
        return b.toString();
    }

    private static byte[] bytes(Random r) {
        byte[] b = new byte[r.nextInt(16)];
        r.nextBytes(b);
        return b;
    }
}
