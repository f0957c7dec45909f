package dev.jsupervisor.daemon.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.config.load.PluginResolver;
import dev.jsupervisor.config.model.EventListenerPoolConfig;
import dev.jsupervisor.config.model.PluginConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DaemonPluginsTest {
    private static final String ECHO = "java:dev.jsupervisor.daemon.plugin.EchoPlugin";
    private static final String RPC = "rpcinterface:x";
    private static final String LISTENER = "eventlistener:x";
    private final PluginResolver resolver = DaemonPlugins.resolver();

    @Test
    void rpcSectionsTakeTheMainInterfaceAndRegisteredJavaPlugins() {
        assertTrue(resolver.resolves(PluginConfig.MAIN_RPCINTERFACE, RPC));
        assertTrue(resolver.resolves(ECHO, RPC));
        assertTrue(resolver.resolves(" java:broken ", RPC));
        assertFalse(resolver.resolves("supervisor_twiddler.rpcinterface:make_twiddler_rpcinterface", RPC));
        assertFalse(resolver.resolves(EventListenerPoolConfig.DEFAULT_RESULT_HANDLER, RPC));
    }

    @Test
    void aPluginOfOneKindDoesNotResolveAsTheOther() {
        assertFalse(resolver.resolves(ECHO, LISTENER));
        assertFalse(resolver.resolves("java:dev.jsupervisor.daemon.events.UpperCaseOkHandler", RPC));
        assertTrue(resolver.resolves("java:dev.jsupervisor.daemon.events.UpperCaseOkHandler", LISTENER));
    }

    @Test
    void pythonNamesAndUnknownClassesGetTheReferenceLine() {
        assertEquals("mod:make cannot be resolved within [rpcinterface:x]", resolver.unresolved("mod:make", RPC));
        assertEquals("java:com.example.Nope cannot be resolved within [rpcinterface:x]",
                resolver.unresolved("java:com.example.Nope", RPC));
    }

    @Test
    void aClassThatIsNoPluginIsNamedAsSuch() {
        assertEquals("java:java.lang.String cannot be resolved within [rpcinterface:x] (java.lang.String is not a "
                + "dev.jsupervisor.daemon.plugin.RpcInterfacePlugin listed in META-INF/services)",
                resolver.unresolved("java:java.lang.String", RPC));
        assertTrue(resolver.unresolved("java:java.lang.String", LISTENER)
                .endsWith("not a dev.jsupervisor.daemon.events.ResultHandler listed in META-INF/services)"));
    }

    @Test
    void namespacesSkipTheMainInterfaceAndKeepFileOrder() {
        List<DaemonPlugins.Namespace> found = DaemonPlugins.namespaces(List.of(
                new PluginConfig("b", ECHO, Map.of("greeting", "hi")),
                new PluginConfig("supervisor", PluginConfig.MAIN_RPCINTERFACE, Map.of()),
                new PluginConfig("a", "java:broken", Map.of())));
        assertEquals(List.of("b", "a"), found.stream().map(DaemonPlugins.Namespace::name).toList());
        assertEquals("hi", found.get(0).options().get("greeting"));
        assertTrue(found.get(0).plugin() instanceof EchoPlugin);
    }
}
