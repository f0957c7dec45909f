package dev.jsupervisor.xmlrpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parser behaviour pinned without Python, plus writer -> parser round trips. */
class XmlRpcParserTest {
    private static final XmlRpcLimits LIMITS = XmlRpcLimits.ofMaxBytes(1 << 20);

    @Test
    void requestAsSupervisordReadsIt() throws Exception {
        MethodCall call = XmlRpcParser.parseCall(bytes("<?xml version='1.0'?><methodCall><methodName>supervisor.readLog"
                + "</methodName><params><param><value><i8>0</i8></value></param><param><value><nil/></value></param>"
                + "<param><value> raw </value></param><param><value><boolean>true</boolean></value></param>"
                + "<param><value><base64>aGk=</base64></value></param></params></methodCall>"), LIMITS);
        assertEquals("supervisor.readLog", call.methodName());
        assertEquals("0", call.params().get(0));
        assertNull(call.params().get(1));
        assertEquals(" raw ", call.params().get(2));
        assertEquals(false, call.params().get(3));
        assertEquals("hi", call.params().get(4));
    }

    @Test
    void missingParamsAndMethodName() throws Exception {
        MethodCall call = XmlRpcParser.parseCall(bytes("<methodCall><methodName>a.b</methodName></methodCall>"), LIMITS);
        assertEquals(List.of(), call.params());
        assertEquals("", XmlRpcParser.parseCall(bytes("<methodCall><params/></methodCall>"), LIMITS).methodName());
    }

    @Test
    void latin1DeclaredDocument() throws Exception {
        byte[] doc = "<?xml version='1.0' encoding='iso-8859-1'?><methodCall><methodName>a.b</methodName><params><param><value>\u00e9</value></param></params></methodCall>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("\u00e9", XmlRpcParser.parseCall(doc, LIMITS).params().get(0));
    }

    @Test
    void responsesRoundTrip() throws Exception {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", "cat");
        info.put("pid", 4242);
        info.put("big", 1L << 40);
        info.put("ok", true);
        info.put("ratio", 0.25);
        info.put("blob", new byte[] {1, 2, 3});
        info.put("when", new XmlRpcDateTime("20240102T03:04:05"));
        info.put("text", "a&b<c>\"d'\t\u00e9\u20ac\ud83d\ude00");
        info.put("list", List.of(List.of(), Map.of(), ""));
        info.put("zorder", "last");
        Map<String, Object> sent = new LinkedHashMap<>(info);
        sent.put("big", Integer.MAX_VALUE); // the writer refuses beyond 32 bits, as Python does
        Object back = XmlRpcParser.parseResponse(XmlRpcWriter.utf8(XmlRpcWriter.methodResponse(sent)), LIMITS).value();
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) back;
        assertEquals(List.copyOf(sent.keySet()), List.copyOf(m.keySet()), "member order kept");
        assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) m.remove("blob"));
        sent.remove("blob");
        assertEquals(sent, m);
        // the <i8> Python's client accepts beyond 32 bits comes back as a Long
        assertEquals(1L << 40, XmlRpcParser.parseResponse(bytes("<methodResponse><params><param><value><i8>"
                + (1L << 40) + "</i8></value></param></params></methodResponse>"), LIMITS).value());
    }

    @Test
    void requestsRoundTrip() throws Exception {
        List<Object> params = List.of("cat", true, 7, List.of("x", Map.of("k", "v")));
        MethodCall call = XmlRpcParser.parseCall(XmlRpcWriter.utf8(XmlRpcWriter.methodCall("supervisor.x", params)), LIMITS);
        assertEquals(new MethodCall("supervisor.x", params), call);
    }

    @Test
    void faultsAndMultipleParams() throws Exception {
        MethodResponse f = XmlRpcParser.parseResponse(XmlRpcWriter.utf8(XmlRpcWriter.fault(70, "NOT_RUNNING: cat")), LIMITS);
        assertTrue(f.isFault());
        assertEquals(70, f.faultCode());
        assertEquals("NOT_RUNNING: cat", f.faultString());
        assertEquals(List.of(), XmlRpcParser.parseResponse(bytes("<methodResponse><params/></methodResponse>"), LIMITS).value());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
