package dev.jsupervisor.daemon.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.xmlrpc.MethodResponse;
import dev.jsupervisor.xmlrpc.XmlRpcLimits;
import dev.jsupervisor.xmlrpc.XmlRpcParser;
import dev.jsupervisor.xmlrpc.XmlRpcWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** system.listMethods / methodSignature / methodHelp against what Supervisor 4.2.5 answers. */
class MethodCatalogTest {
    /** 4.2.5's system.methodSignature for every name of its system.listMethods, in that order. */
    static final Map<String, List<String>> REFERENCE = new LinkedHashMap<>();

    static {
        sig("supervisor.addProcessGroup", "boolean", "string");
        sig("supervisor.clearAllProcessLogs", "array");
        sig("supervisor.clearLog", "boolean");
        sig("supervisor.clearProcessLog", "boolean", "string");
        sig("supervisor.clearProcessLogs", "boolean", "string");
        sig("supervisor.getAPIVersion", "string");
        sig("supervisor.getAllConfigInfo", "array");
        sig("supervisor.getAllProcessInfo", "array");
        sig("supervisor.getIdentification", "string");
        sig("supervisor.getPID", "int");
        sig("supervisor.getProcessInfo", "struct", "string");
        sig("supervisor.getState", "struct");
        sig("supervisor.getSupervisorVersion", "string");
        sig("supervisor.getVersion", "string");
        sig("supervisor.readLog", "string", "int", "int");
        sig("supervisor.readMainLog", "string", "int", "int");
        sig("supervisor.readProcessLog", "string", "string", "int", "int");
        sig("supervisor.readProcessStderrLog", "string", "string", "int", "int");
        sig("supervisor.readProcessStdoutLog", "string", "string", "int", "int");
        sig("supervisor.reloadConfig", "array");
        sig("supervisor.removeProcessGroup", "boolean", "string");
        sig("supervisor.restart", "boolean");
        sig("supervisor.sendProcessStdin", "boolean", "string", "string");
        sig("supervisor.sendRemoteCommEvent", "boolean", "string", "string");
        sig("supervisor.shutdown", "boolean");
        sig("supervisor.signalAllProcesses", "array", "string");
        sig("supervisor.signalProcess", "boolean", "string", "string");
        sig("supervisor.signalProcessGroup", "array", "string", "string");
        sig("supervisor.startAllProcesses", "array", "boolean");
        sig("supervisor.startProcess", "boolean", "string", "boolean");
        sig("supervisor.startProcessGroup", "array", "string", "boolean");
        sig("supervisor.stopAllProcesses", "array", "boolean");
        sig("supervisor.stopProcess", "boolean", "string", "boolean");
        sig("supervisor.stopProcessGroup", "array", "string", "boolean");
        sig("supervisor.tailProcessLog", "array", "string", "int", "int");
        sig("supervisor.tailProcessStderrLog", "array", "string", "int", "int");
        sig("supervisor.tailProcessStdoutLog", "array", "string", "int", "int");
        sig("system.listMethods", "array");
        sig("system.methodHelp", "string", "string");
        sig("system.methodSignature", "array", "string");
        sig("system.multicall", "array", "array");
    }

    private static void sig(String name, String... types) {
        REFERENCE.put(name, List.of(types));
    }

    private final RpcDispatcher rpc = RpcDispatcher.forDaemon(new FakeDaemon());

    private MethodResponse call(String method, Object... params) throws Exception {
        RpcReply reply = rpc.handle(XmlRpcWriter.utf8(XmlRpcWriter.methodCall(method, List.of(params))));
        assertEquals(200, reply.httpStatus(), method);
        return XmlRpcParser.parseResponse(reply.body(), XmlRpcLimits.ofMaxBytes(1 << 20));
    }

    @Test
    void listMethodsNamesAllFortyOneInTheReferenceOrder() throws Exception {
        assertEquals(41, REFERENCE.size());
        assertEquals(new ArrayList<>(REFERENCE.keySet()), call("system.listMethods").value());
    }

    @Test
    void everySignatureIsTheReferences() throws Exception {
        for (Map.Entry<String, List<String>> e : REFERENCE.entrySet()) {
            assertEquals(e.getValue(), call("system.methodSignature", e.getKey()).value(), e.getKey());
        }
    }

    @Test
    void helpCarriesTheSameTagsAsTheSignature() throws Exception {
        for (Map.Entry<String, List<String>> e : REFERENCE.entrySet()) {
            String help = (String) call("system.methodHelp", e.getKey()).value();
            List<String> tagged = new ArrayList<>();
            String returns = null;
            for (String line : help.split("\n")) {
                String[] words = line.strip().split("\\s+");
                if (words[0].equals("@param")) {
                    tagged.add(words[1]);
                } else if (words[0].equals("@return")) {
                    returns = words[1];
                }
            }
            tagged.add(0, returns);
            assertEquals(e.getValue(), tagged, e.getKey());
        }
    }

    @Test
    void unknownNamesAreSignatureUnsupported() throws Exception {
        for (Object name : List.of("nosuch", "supervisor.nosuch", 1)) {
            MethodResponse help = call("system.methodHelp", name);
            assertTrue(help.isFault());
            assertEquals(4, help.faultCode());
            assertEquals("SIGNATURE_UNSUPPORTED", help.faultString());
            assertEquals("SIGNATURE_UNSUPPORTED", call("system.methodSignature", name).faultString());
        }
    }

    /** Whatever this build implements must be listed (the list itself is 4.2.5's, complete). */
    @Test
    void everyImplementedMethodIsListed() {
        for (String name : rpc.methodNames()) {
            assertTrue(REFERENCE.containsKey(name), name + " is not one of 4.2.5's methods");
        }
    }
}
