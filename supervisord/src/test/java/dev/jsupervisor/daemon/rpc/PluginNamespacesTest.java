package dev.jsupervisor.daemon.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.daemon.plugin.BrokenPlugin;
import dev.jsupervisor.daemon.plugin.DaemonPlugins.Namespace;
import dev.jsupervisor.daemon.plugin.EchoPlugin;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Java [rpcinterface:x] plugin's methods answer as the built-in ones do, under its namespace. */
class PluginNamespacesTest {
    private final FakeDaemon daemon = new FakeDaemon();

    private RpcDispatcher dispatcher() throws PluginSetupException {
        return RpcDispatcher.forDaemon(daemon,
                List.of(new Namespace("acme", new EchoPlugin(), Map.of("greeting", "hello"))));
    }

    private static Object value(LocalCall call) throws Exception {
        return call.poll().orElseThrow();
    }

    @Test
    void methodsAnswerUnderTheSectionName() throws Exception {
        RpcDispatcher rpc = dispatcher();
        assertEquals("x", value(rpc.call("acme.echo", "x")));
        assertEquals("hello", value(rpc.call("acme.greeting")));
        assertEquals(Map.of("statecode", 1, "statename", "RUNNING"), value(rpc.call("acme.state")));
        assertEquals(List.of("acme"), rpc.pluginNamespaces());
    }

    @Test
    void faultsAndArgumentChecksAreTheBuiltInOnes() throws Exception {
        RpcDispatcher rpc = dispatcher();
        var fault = assertThrows(dev.jsupervisor.xmlrpc.FaultException.class, () -> value(rpc.call("acme.fail")));
        assertEquals(99, fault.code());
        var wrong = assertThrows(dev.jsupervisor.xmlrpc.FaultException.class, () -> value(rpc.call("acme.echo")));
        assertEquals(2, wrong.code());
    }

    @Test
    void systemMethodsDescribeThem() throws Exception {
        RpcDispatcher rpc = dispatcher();
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) value(rpc.call("system.listMethods"));
        assertTrue(names.containsAll(List.of("acme.echo", "acme.fail", "acme.greeting", "acme.state")));
        assertEquals(names.stream().sorted().toList(), names);
        assertEquals(MethodCatalog.names().size() + 4, names.size());
        assertEquals("Answers its argument.", value(rpc.call("system.methodHelp", "acme.echo")));
        assertEquals(List.of("string", "string"), value(rpc.call("system.methodSignature", "acme.echo")));
        var none = assertThrows(dev.jsupervisor.xmlrpc.FaultException.class,
                () -> value(rpc.call("system.methodSignature", "acme.greeting")));
        assertEquals(4, none.code());
    }

    @Test
    void multicallReachesThem() throws Exception {
        RpcDispatcher rpc = dispatcher();
        Object result = value(rpc.call("system.multicall", List.of(
                Map.of("methodName", "acme.echo", "params", List.of("a")),
                Map.of("methodName", "supervisor.getAPIVersion", "params", List.of()))));
        assertEquals(List.of("a", "3.0"), result);
    }

    @Test
    void aFactoryThatThrowsStopsTheStartWithOneLine() {
        var e = assertThrows(PluginSetupException.class, () -> RpcDispatcher.forDaemon(daemon,
                List.of(new Namespace("bad", new BrokenPlugin(), Map.of()))));
        assertEquals("Could not make bad rpc interface: no url= given", e.getMessage());
    }

    @Test
    void namesTheTableCouldNotAnswerAreRefused() {
        for (String name : List.of("a.b", "_private", "", "sp ace")) {
            assertThrows(IllegalArgumentException.class,
                    () -> dev.jsupervisor.daemon.plugin.PluginMethod.of(name, 0, "", a -> null), name);
        }
    }

    @Test
    void anErrorInABodyAnswers500AndLeavesTheDaemonRunning() throws Exception {
        RpcDispatcher rpc = RpcDispatcher.forDaemon(daemon, List.of(new Namespace("e",
                (options, host) -> List.of(dev.jsupervisor.daemon.plugin.PluginMethod.of("boom", 0, "", a -> {
                    throw new NoClassDefFoundError("com/example/Missing");
                })), Map.of())));
        byte[] call = dev.jsupervisor.xmlrpc.XmlRpcWriter.utf8(
                dev.jsupervisor.xmlrpc.XmlRpcWriter.methodCall("e.boom", List.of()));
        assertEquals(500, rpc.handle(call).httpStatus());
    }
}
