package dev.jsupervisor.xmlrpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parses the same documents here and in Python: requests with supervisord 4.2.5's own loads()
 * (Debian's installed supervisor package), responses with xmlrpc.client.loads, and compares.
 */
class PythonOracleParserTest {
    private static final String SCRIPT = Canonical.PYTHON + String.join("\n",
            "import sys",
            "from supervisor.xmlrpc import supervisor_xmlrpc_handler as H",
            "for line in sys.stdin:",
            "    kind, data = line.split()",
            "    data = bytes.fromhex(data).decode('utf-8')",
            "    try:",
            "        if kind == 'call':",
            "            params, method = H.loads(H.__new__(H), data)",
            "            print(c(method or '') + '|' + c(params or ()))",
            "        else:",
            "            try: print('v' + c(x.loads(data)[0][0]))",
            "            except x.Fault as f: print('F' + str(f.faultCode) + '|' + c(f.faultString))",
            "    except Exception as e: print('E')");
    private static final XmlRpcLimits LIMITS = XmlRpcLimits.ofMaxBytes(1 << 20);

    private final List<String> kinds = new ArrayList<>();
    private final List<String> bodies = new ArrayList<>();

    @Test
    void requestsParseAsSupervisordParsesThem() throws Exception {
        for (String p : new String[] {
            "<value><int>5</int></value>", "<value><i4>-5</i4></value>", "<value><i8>5</i8></value>",
            "<value><nil/></value>", "<value><foo>bar</foo></value>", "<value>  a b  </value>", "<value></value>",
            "<value>\n<string> x </string>\n</value>", "<value><string/></value>", "<value><int> 7 </int></value>",
            "<value><int>+1_000</int></value>", "<value><int>99999999999</int></value>",
            "<value><boolean>true</boolean></value>", "<value><boolean>1</boolean></value>",
            "<value><base64>aGk=</base64></value>", "<value><base64>\naGk=\n</base64></value>",
            "<value><double>1e400</double></value>", "<value><double> 1.5 </double></value>",
            "<value><double>-inf</double></value>", "<value><double>1_0.5e-3</double></value>",
            "<value><array><data/></array></value>", "<value><array><data><value>1</value><value><int>2</int></value></data></array></value>",
            "<value><dateTime.iso8601>20240102T03:04:05</dateTime.iso8601></value>",
            "<value>a&amp;b&#65;&lt;<![CDATA[<c>]]></value>", "x<value>q</value>", "<value>a<int>3</int></value>",
            "<value><int>3</int>tail</value>", "<int>5</int>", "<value>a\r\nb&#13;</value>",
            "<value><struct><member><name>k</name><value>v</value></member><member><name/><value><int>1</int></value></member></struct></value>",
            "<value><struct><member><name>k</name><value>1</value></member><member><name>k</name><value>2</value></member></struct></value>",
            "<value><struct/></value>", "<value><string>é€😀</string></value>", "<!-- c --><?pi x?><value>v</value>",
            // refused by both
            "", "<value><array></array></value>", "<value><int>abc</int></value>", "<value><int></int></value>",
            "<value><double>0x10</double></value>", "<value><dateTime.iso8601>2024</dateTime.iso8601></value>",
            "<value><base64>/w==</base64></value>",
            "<value><struct><member><name>k</name></member></struct></value>",
        }) {
            add("call", "<?xml version='1.0'?><methodCall><methodName>m.x</methodName><params><param>" + p
                    + "</param></params></methodCall>");
        }
        add("call", "<methodCall><methodName>supervisor.getState</methodName></methodCall>");
        add("call", "<methodCall><methodName></methodName><params/></methodCall>");
        add("call", "<methodCall><params><param><value>1</value></param></params></methodCall>");
        add("call", "<methodCall><methodName> a.b </methodName><params><param><value>1</value></param>"
                + "<param><value>2</value></param></params></methodCall>");
        add("call", "<methodCall><methodName>a.b</methodName><params></params><params><param><value>1</value></param></params></methodCall>");
        add("call", "<methodCall><methodName>a.b<x/></methodName><params><param><value>1</value></param></params>");
        List<String> python = compare();
        // spot checks that the oracle really ran: <i8> arrives as a string, <nil/> as None
        assertEquals("s6d2e78|[s35]", python.get(2));
        assertEquals("s6d2e78|[n]", python.get(3));
        assertEquals(34, python.stream().filter(l -> !l.equals("E")).count() - 5);
    }

    @Test
    void responsesParseAsPythonsClientParsesThem() throws Exception {
        for (String v : new String[] {
            "<int>5</int>", "<i4> 6 </i4>", "<i8>9999999999</i8>", "<i1>1</i1>", "<nil/>", "<boolean>0</boolean>",
            "<boolean>true</boolean>", "<string></string>", "<string/>", "x y ", "", "<double>2.5</double>",
            "<base64>aGk=</base64>", "<base64></base64>", "<dateTime.iso8601>whatever</dateTime.iso8601>",
            "<array><data><value>1</value><value><array><data/></array></value></data></array>",
            "<struct><member><name>a</name><value><int>1</int></value></member><member><name>b</name><value/></member></struct>",
            "<foo>1</foo>", "\n<int>1</int>\n", "<int>x</int>", "<string>a&amp;&lt;&#x1F600;</string>",
        }) {
            add("response", "<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n<value>" + v
                    + "</value>\n</param>\n</params>\n</methodResponse>\n");
        }
        add("response", XmlRpcWriter.fault(10, "BAD_NAME: foo"));
        add("response", XmlRpcWriter.fault(1, "UNKNOWN_METHOD"));
        List<String> python = compare();
        assertEquals("vi9999999999", python.get(2));
        assertEquals("F10|s4241445f4e414d453a20666f6f", python.get(python.size() - 2));
    }

    private void add(String kind, String body) {
        kinds.add(kind);
        bodies.add(body);
    }

    private List<String> compare() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            // an empty body travels as one space, which both sides refuse alike
            String body = bodies.get(i).isEmpty() ? " " : bodies.get(i);
            lines.add(kinds.get(i) + " " + PythonOracle.hex(body.getBytes(StandardCharsets.UTF_8)));
        }
        List<String> python = PythonOracle.run(SCRIPT, lines);
        for (int i = 0; i < kinds.size(); i++) {
            assertEquals(python.get(i), java(kinds.get(i), bodies.get(i)), bodies.get(i));
        }
        return python;
    }

    private static String java(String kind, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            if (kind.equals("call")) {
                MethodCall call = XmlRpcParser.parseCall(bytes, LIMITS);
                return Canonical.of(call.methodName()) + "|" + Canonical.of(call.params());
            }
            MethodResponse r = XmlRpcParser.parseResponse(bytes, LIMITS);
            return r.isFault() ? "F" + r.faultCode() + "|" + Canonical.of(r.faultString()) : "v" + Canonical.of(r.value());
        } catch (XmlRpcParseException e) {
            return "E";
        }
    }
}
