package dev.jsupervisor.xmlrpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Goldens generated at test time by Debian's Python 3.11 xmlrpc.client.dumps; skipped without it. */
class PythonGoldenWriterTest {
    /** Reads "response|call <name>|fault <code>" and a Python expression per line; prints dumps() as hex. */
    private static final String DUMPS = String.join("\n",
            "import sys, xmlrpc.client as x",
            "for line in sys.stdin:",
            "    kind, expr = line.rstrip('\\n').split('\\t', 1)",
            "    v = eval(expr)",
            "    if kind == 'response': d = x.dumps((v,), methodresponse=True)",
            "    elif kind == 'fault': d = x.dumps(x.Fault(*v))",
            "    else: d = x.dumps(tuple(v), kind.split(' ', 1)[1])",
            "    print(d.encode('utf-8').hex())");

    private final List<String> input = new ArrayList<>();
    private final List<String> expected = new ArrayList<>();

    @Test
    void documentsMatchPythonByteForByte() throws Exception {
        response(1, "1");
        response(-7, "-7");
        response(true, "True");
        response(false, "False");
        response("", "''");
        response("a & b < c > d \" ' \r\n\t \u0001\u001f é € 😀 \u2028", "'a & b < c > d \" \\' \\r\\n\\t \\x01\\x1f é € 😀 \\u2028'");
        response(List.of(), "[]");
        response(Map.of(), "{}");
        response(nested(), "{'name': 'cat', 'group': 'cat', 'list': [1, [2, {'x': []}], 'y'], 'b': b'\\x00\\xff'}");
        response(List.of(0.5, -1.25e-10, 3.0e15, 1.0e17, 12345678901234567.0), "[0.5, -1.25e-10, 3e15, 1e17, 12345678901234567.0]");
        response(new byte[100], "bytes(100)");
        response(new XmlRpcDateTime("20991231T23:59:59"), "x.DateTime('20991231T23:59:59')");
        input.add("fault\t(10, 'BAD_NAME: foo')");
        expected.add(XmlRpcWriter.fault(10, "BAD_NAME: foo"));
        input.add("fault\t(2, 'INCORRECT_PARAMETERS')");
        expected.add(XmlRpcWriter.fault(2, "INCORRECT_PARAMETERS"));
        input.add("call supervisor.startProcess\t['cat', True]");
        expected.add(XmlRpcWriter.methodCall("supervisor.startProcess", List.of("cat", true)));
        input.add("call supervisor.getAllProcessInfo\t[]");
        expected.add(XmlRpcWriter.methodCall("supervisor.getAllProcessInfo", List.of()));
        input.add("call system.multicall\t[[{'methodName': 'supervisor.getState', 'params': []}]]");
        expected.add(XmlRpcWriter.methodCall("system.multicall",
                List.of(List.of(Map.of("methodName", "supervisor.getState")))).replace(
                        "</member>\n</struct>", "</member>\n<member>\n<name>params</name>\n"
                        + "<value><array><data>\n</data></array></value>\n</member>\n</struct>"));
        compare();
    }

    @Test
    void doublesMatchPythonRepr() throws Exception {
        Random random = new Random(4_2_5);
        List<Double> values = new ArrayList<>(List.of(0.1, 0.2, 0.3, 1e16, 9999999999999998.0, 1e-4, 1e-5,
                2.0e23, 1.0e23, 8.41e21, 5e-324, Double.MAX_VALUE, Double.MIN_NORMAL, 100.0, 123.456, 1.0 / 3));
        for (int i = 0; i < 3000; i++) {
            values.add(Double.longBitsToDouble(random.nextLong()));
            values.add(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            values.add((double) random.nextInt(1_000_000) / 1000);
        }
        values.removeIf(d -> d.isNaN() || d.isInfinite());
        List<String> lines = new ArrayList<>();
        for (double d : values) {
            lines.add(Double.toHexString(d));
        }
        List<String> reprs = PythonOracle.run(
                "import sys\nfor l in sys.stdin: print(repr(float.fromhex(l.strip())))", lines);
        for (int i = 0; i < values.size(); i++) {
            assertEquals(reprs.get(i), PythonFloat.repr(values.get(i)), "bits of " + lines.get(i));
        }
    }

    private static Map<String, Object> nested() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "cat");
        m.put("group", "cat");
        m.put("list", List.of(1, List.of(2, Map.of("x", List.of())), "y"));
        m.put("b", new byte[] {0, (byte) 0xff});
        return m;
    }

    private void response(Object javaValue, String pythonExpr) {
        input.add("response\t" + pythonExpr);
        expected.add(XmlRpcWriter.methodResponse(javaValue));
    }

    private void compare() throws Exception {
        List<String> got = PythonOracle.run(DUMPS, input);
        assertEquals(expected.size(), got.size());
        for (int i = 0; i < got.size(); i++) {
            String python = new String(PythonOracle.unhex(got.get(i)), StandardCharsets.UTF_8);
            assertEquals(python, expected.get(i), input.get(i));
        }
    }
}
