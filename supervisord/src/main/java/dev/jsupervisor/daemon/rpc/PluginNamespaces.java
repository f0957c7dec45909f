package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.daemon.log.MainLog;
import dev.jsupervisor.daemon.plugin.DaemonPlugins.Namespace;
import dev.jsupervisor.daemon.plugin.PluginHost;
import dev.jsupervisor.daemon.plugin.PluginMethod;
import dev.jsupervisor.xmlrpc.FaultException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The methods of the Java [rpcinterface:x] plugins, as entries of the method table and of the
 * catalog system.* describes. Each plugin's factory runs once, here; one that throws ends the
 * start with the reference's "Could not make x rpc interface".
 */
final class PluginNamespaces {
    private final List<RpcMethod> methods = new ArrayList<>();
    private final Map<String, MethodCatalog.Entry> entries = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();

    PluginNamespaces(List<Namespace> namespaces, PluginHost host) throws PluginSetupException {
        for (Namespace namespace : namespaces) {
            add(namespace, make(namespace, host));
        }
    }

    private static List<PluginMethod> make(Namespace namespace, PluginHost host) throws PluginSetupException {
        try {
            List<PluginMethod> made = namespace.plugin().methods(namespace.options(), host);
            return made == null ? List.of() : made;
        } catch (Exception | LinkageError e) {
            throw new PluginSetupException(Messages.couldNotMakeInterface(namespace.name(), e));
        }
    }

    private void add(Namespace namespace, List<PluginMethod> made) {
        names.add(namespace.name());
        for (PluginMethod m : made) {
            String full = namespace.name() + "." + m.name();
            methods.add(new RpcMethod(full, m.minArgs(), m.maxArgs(), guarded(m.body())));
            entries.put(full, MethodCatalog.Entry.of(full, m.signature(), m.help()));
        }
    }

    /**
     * A plugin's LinkageError (a class missing from its jar) or AssertionError becomes a
     * RuntimeException, which the dispatcher answers with HTTP 500: third-party code must not
     * take the loop thread down.
     */
    private static RpcMethod.Body guarded(PluginMethod.Body body) {
        return args -> {
            try {
                return body.call(args);
            } catch (LinkageError | AssertionError e) {
                throw new IllegalStateException(e);
            }
        };
    }

    List<RpcMethod> methods() {
        return methods;
    }

    /** The namespaces, in file order, for the "RPC interface 'x' initialized" lines. */
    List<String> names() {
        return names;
    }

    Optional<MethodCatalog.Entry> find(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    List<String> methodNames() {
        return List.copyOf(entries.keySet());
    }

    /** The host the plugins get: calls go through the dispatcher once it exists. */
    static final class Host implements PluginHost {
        private final MainLog log;
        private RpcDispatcher dispatcher;

        Host(MainLog log) {
            this.log = log;
        }

        void attach(RpcDispatcher dispatcher) {
            this.dispatcher = dispatcher;
        }

        @Override
        public Object call(String method, Object... args) throws FaultException {
            if (dispatcher == null) {
                throw new IllegalStateException("call " + method + " from a method body, not from the factory");
            }
            LocalCall call = dispatcher.call(method, args);
            Optional<Object> result = call.poll();
            if (result.isEmpty()) {
                call.cancel();
                throw new IllegalStateException(method + " would wait; a plugin must call it with wait=false");
            }
            return result.get();
        }

        @Override
        public void info(String message) {
            log.info(message);
        }

        @Override
        public void warn(String message) {
            log.warn(message);
        }
    }
}
