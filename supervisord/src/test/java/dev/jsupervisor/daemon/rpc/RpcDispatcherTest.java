package dev.jsupervisor.daemon.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.xmlrpc.MethodResponse;
import dev.jsupervisor.xmlrpc.XmlRpcLimits;
import dev.jsupervisor.xmlrpc.XmlRpcParser;
import dev.jsupervisor.xmlrpc.XmlRpcWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RpcDispatcherTest {
    private final FakeDaemon daemon = new FakeDaemon();
    private final RpcDispatcher rpc = RpcDispatcher.forDaemon(daemon);

    private RpcReply call(String method, Object... params) {
        return rpc.handle(XmlRpcWriter.utf8(XmlRpcWriter.methodCall(method, List.of(params))));
    }

    private MethodResponse parsed(String method, Object... params) throws Exception {
        RpcReply reply = call(method, params);
        assertEquals(200, reply.httpStatus());
        return XmlRpcParser.parseResponse(reply.body(), XmlRpcLimits.ofMaxBytes(1 << 20));
    }

    private void assertFault(int code, String text, String method, Object... params) throws Exception {
        MethodResponse r = parsed(method, params);
        assertTrue(r.isFault(), method);
        assertEquals(code, r.faultCode());
        assertEquals(text, r.faultString());
    }

    @Test
    void getStateIsByteIdenticalToTheReference() {
        String expected = "<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n<value><struct>\n<member>\n"
                + "<name>statecode</name>\n<value><int>1</int></value>\n</member>\n<member>\n<name>statename</name>\n"
                + "<value><string>RUNNING</string></value>\n</member>\n</struct></value>\n</param>\n</params>\n"
                + "</methodResponse>\n";
        assertEquals(expected, new String(call("supervisor.getState").body(), StandardCharsets.UTF_8));
    }

    @Test
    void simpleValues() throws Exception {
        assertEquals("3.0", parsed("supervisor.getAPIVersion").value());
        assertEquals("3.0", parsed("supervisor.getVersion").value());
        assertEquals("4.2.5", parsed("supervisor.getSupervisorVersion").value());
        assertEquals("ident", parsed("supervisor.getIdentification").value());
        assertEquals(4242, parsed("supervisor.getPID").value());
    }

    @Test
    void namesOutsideTheTableAreUnknown() throws Exception {
        for (String name : List.of("supervisor.nosuch", "getState", "supervisor._update", "supervisor.a.b",
                "nosuch.getState", "system.methodHelpX")) {
            assertFault(1, "UNKNOWN_METHOD", name);
        }
    }

    @Test
    void wrongArgumentCountsAreIncorrectParameters() throws Exception {
        assertFault(2, "INCORRECT_PARAMETERS", "supervisor.getState", 1);
        assertFault(2, "INCORRECT_PARAMETERS", "supervisor.getProcessInfo");
        assertFault(2, "INCORRECT_PARAMETERS", "supervisor.readLog", 0);
    }

    @Test
    void wrongArgumentTypesAnswer500AsTheReference() {
        assertEquals(500, call("supervisor.getProcessInfo", 5).httpStatus());
        assertEquals(500, call("supervisor.readLog", "a", 5).httpStatus());
    }

    @Test
    void badBodiesAnswer400() {
        assertEquals(400, rpc.handle("not xml".getBytes(StandardCharsets.UTF_8)).httpStatus());
        assertEquals(400, rpc.handle("<?xml version='1.0'?>\n<methodCall>\n</methodCall>\n"
                .getBytes(StandardCharsets.UTF_8)).httpStatus());
    }

    @Test
    void processInfoByNamespec() throws Exception {
        assertFault(10, "BAD_NAME: nosuch", "supervisor.getProcessInfo", "nosuch");
        assertFault(10, "BAD_NAME: cat:*", "supervisor.getProcessInfo", "cat:*");
        assertFault(10, "BAD_NAME: web", "supervisor.getProcessInfo", "web");
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) parsed("supervisor.getProcessInfo", "web:a").value();
        assertEquals("a", info.get("name"));
        assertEquals("web", info.get("group"));
    }

    @Test
    void allProcessInfoIsSortedByGroupThenName() throws Exception {
        List<?> all = (List<?>) parsed("supervisor.getAllProcessInfo").value();
        assertEquals(List.of("cat", "a", "b"), all.stream().map(m -> ((Map<?, ?>) m).get("name")).toList());
    }

    @Test
    void readLogWithoutAFileIsNoFile() throws Exception {
        assertFault(20, "NO_FILE: /nonexistent/main.log", "supervisor.readLog", 0, 10);
    }

    @Test
    void shutdownThenEverySupervisorMethodRefuses() throws Exception {
        assertEquals(Boolean.TRUE, parsed("supervisor.shutdown").value());
        assertEquals(1, daemon.shutdownRequests);
        assertFault(6, "SHUTDOWN_STATE", "supervisor.shutdown");
        assertFault(6, "SHUTDOWN_STATE", "supervisor.getState");
        assertFault(6, "SHUTDOWN_STATE", "supervisor.getProcessInfo", "nosuch");
        assertFault(2, "INCORRECT_PARAMETERS", "supervisor.getState", 1);   // arity before mood
        assertTrue(((List<?>) parsed("system.listMethods").value()).contains("supervisor.getPID"));
    }

    @Test
    void listMethodsIsSortedAndComplete() throws Exception {
        List<?> names = (List<?>) parsed("system.listMethods").value();
        List<String> sorted = names.stream().map(String.class::cast).sorted().toList();
        assertEquals(sorted, names);
        assertTrue(names.containsAll(List.of("supervisor.getAPIVersion", "supervisor.getAllProcessInfo",
                "supervisor.getIdentification", "supervisor.getPID", "supervisor.getProcessInfo",
                "supervisor.getState", "supervisor.getSupervisorVersion", "supervisor.getVersion",
                "supervisor.readLog", "supervisor.readMainLog", "supervisor.shutdown", "system.listMethods",
                "supervisor.startProcess", "supervisor.startProcessGroup", "supervisor.startAllProcesses",
                "supervisor.stopProcess", "supervisor.stopProcessGroup", "supervisor.stopAllProcesses",
                "supervisor.signalProcess", "supervisor.signalProcessGroup", "supervisor.signalAllProcesses",
                "supervisor.sendProcessStdin", "supervisor.restart", "system.multicall")), names.toString());
    }
}
