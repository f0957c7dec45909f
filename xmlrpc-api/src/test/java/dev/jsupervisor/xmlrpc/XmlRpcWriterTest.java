package dev.jsupervisor.xmlrpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Committed goldens, copied from Python 3.11's xmlrpc.client.dumps output. */
class XmlRpcWriterTest {
    private static final String H = "<?xml version='1.0'?>\n";
    private static final String R0 = H + "<methodResponse>\n<params>\n<param>\n";
    private static final String R1 = "</param>\n</params>\n</methodResponse>\n";

    @Test
    void structWithArray() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", 1);
        m.put("b", List.of(true, "s"));
        assertEquals(R0 + "<value><struct>\n<member>\n<name>a</name>\n<value><int>1</int></value>\n</member>\n"
                + "<member>\n<name>b</name>\n<value><array><data>\n<value><boolean>1</boolean></value>\n"
                + "<value><string>s</string></value>\n</data></array></value>\n</member>\n</struct></value>\n" + R1,
                XmlRpcWriter.methodResponse(m));
    }

    @Test
    void fault() {
        assertEquals(H + "<methodResponse>\n<fault>\n<value><struct>\n<member>\n<name>faultCode</name>\n"
                + "<value><int>10</int></value>\n</member>\n<member>\n<name>faultString</name>\n"
                + "<value><string>BAD_NAME: foo</string></value>\n</member>\n</struct></value>\n</fault>\n"
                + "</methodResponse>\n", XmlRpcWriter.fault(10, "BAD_NAME: foo"));
    }

    @Test
    void methodCalls() {
        assertEquals(H + "<methodCall>\n<methodName>supervisor.getState</methodName>\n<params>\n<param>\n"
                + "<value><int>1</int></value>\n</param>\n<param>\n<value><string>a</string></value>\n</param>\n"
                + "</params>\n</methodCall>\n", XmlRpcWriter.methodCall("supervisor.getState", List.of(1, "a")));
        assertEquals(H + "<methodCall>\n<methodName>supervisor.getVersion</methodName>\n<params>\n</params>\n"
                + "</methodCall>\n", XmlRpcWriter.methodCall("supervisor.getVersion", List.of()));
        // Python does not escape the method name
        assertEquals(H + "<methodCall>\n<methodName>m&<</methodName>\n<params>\n</params>\n</methodCall>\n",
                XmlRpcWriter.methodCall("m&<", List.of()));
    }

    @Test
    void onlyAmpLtGtAreEscaped() {
        assertEquals(R0 + "<value><string>&amp;&lt;&gt;\"'\r\n\t\u0000\u0001 é€😀</string></value>\n" + R1,
                XmlRpcWriter.methodResponse("&<>\"'\r\n\t\u0000\u0001 é€😀"));
        assertEquals(R0 + "<value><struct>\n<member>\n<name>k&amp;&lt;&gt;</name>\n<value><struct>\n<member>\n"
                + "<name>z</name>\n<value><int>1</int></value>\n</member>\n</struct></value>\n</member>\n"
                + "</struct></value>\n" + R1, XmlRpcWriter.methodResponse(Map.of("k&<>", Map.of("z", 1))));
    }

    @Test
    void emptiesAndDoubles() {
        List<Object> v = List.of("", List.of(), Map.of(), 1.0, 0.1, 1e20, 1e-7, 1.5e300, -0.0, Integer.MAX_VALUE,
                Integer.MIN_VALUE, 1e16, 123456789.123, 1e22, 5e-324);
        String items = "<value><string></string></value>\n<value><array><data>\n</data></array></value>\n"
                + "<value><struct>\n</struct></value>\n<value><double>1.0</double></value>\n"
                + "<value><double>0.1</double></value>\n<value><double>1e+20</double></value>\n"
                + "<value><double>1e-07</double></value>\n<value><double>1.5e+300</double></value>\n"
                + "<value><double>-0.0</double></value>\n<value><int>2147483647</int></value>\n"
                + "<value><int>-2147483648</int></value>\n<value><double>1e+16</double></value>\n"
                + "<value><double>123456789.123</double></value>\n<value><double>1e+22</double></value>\n"
                + "<value><double>5e-324</double></value>\n";
        assertEquals(R0 + "<value><array><data>\n" + items + "</data></array></value>\n" + R1,
                XmlRpcWriter.methodResponse(v));
        assertEquals(R0 + "<value><double>inf</double></value>\n" + R1,
                XmlRpcWriter.methodResponse(Double.POSITIVE_INFINITY));
        assertEquals(R0 + "<value><double>nan</double></value>\n" + R1, XmlRpcWriter.methodResponse(Double.NaN));
    }

    @Test
    void base64AndDateTime() {
        byte[] hello = new byte[140];
        for (int i = 0; i < 20; i++) {
            System.arraycopy("hello\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1), 0, hello, i * 7, 7);
        }
        List<Object> v = List.of(hello, new byte[0], new XmlRpcDateTime("20240102T03:04:05"), "raw".getBytes(),
                XmlRpcDateTime.of(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_000)));
        assertEquals(R0 + "<value><array><data>\n<value><base64>\n"
                + "aGVsbG8A/2hlbGxvAP9oZWxsbwD/aGVsbG8A/2hlbGxvAP9oZWxsbwD/aGVsbG8A/2hlbGxvAP9o\n"
                + "ZWxsbwD/aGVsbG8A/2hlbGxvAP9oZWxsbwD/aGVsbG8A/2hlbGxvAP9oZWxsbwD/aGVsbG8A/2hl\n"
                + "bGxvAP9oZWxsbwD/aGVsbG8A/2hlbGxvAP8=\n</base64></value>\n<value><base64>\n</base64></value>\n"
                + "<value><dateTime.iso8601>20240102T03:04:05</dateTime.iso8601></value>\n"
                + "<value><base64>\ncmF3\n</base64></value>\n"
                + "<value><dateTime.iso8601>20240102T03:04:05</dateTime.iso8601></value>\n"
                + "</data></array></value>\n" + R1, XmlRpcWriter.methodResponse(v));
    }

    @Test
    void nestedEmptyArrays() {
        assertEquals(R0 + "<value><array><data>\n<value><array><data>\n<value><array><data>\n</data></array></value>\n"
                + "</data></array></value>\n</data></array></value>\n" + R1,
                XmlRpcWriter.methodResponse(List.of(List.of(List.of()))));
        assertEquals(XmlRpcWriter.methodResponse(List.of(1, "x")), XmlRpcWriter.methodResponse(new Object[] {1, "x"}));
    }

    @Test
    void refusalsUsePythonsMessages() {
        assertEquals("int exceeds XML-RPC limits",
                assertThrows(IllegalArgumentException.class, () -> XmlRpcWriter.methodResponse(1L << 31)).getMessage());
        assertEquals(R0 + "<value><int>-2147483648</int></value>\n" + R1,
                XmlRpcWriter.methodResponse((long) Integer.MIN_VALUE));
        Map<Object, Object> intKey = new LinkedHashMap<>();
        intKey.put(5, "x");
        assertEquals("dictionary key must be string",
                assertThrows(IllegalArgumentException.class, () -> XmlRpcWriter.methodResponse(intKey)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> XmlRpcWriter.methodResponse(null));
        assertThrows(IllegalArgumentException.class, () -> XmlRpcWriter.methodResponse(new Object()));
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);
        assertThrows(IllegalArgumentException.class, () -> XmlRpcWriter.methodResponse(cycle));
        // the same list twice is not a cycle
        List<Object> shared = List.of(1);
        XmlRpcWriter.methodResponse(Arrays.asList(shared, shared));
    }

    @Test
    void utf8Bytes() {
        assertArrayEquals("é".getBytes(StandardCharsets.UTF_8), XmlRpcWriter.utf8("é"));
    }
}
