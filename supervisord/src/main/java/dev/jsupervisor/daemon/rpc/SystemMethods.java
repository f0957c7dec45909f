package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * system.listMethods, system.methodHelp and system.methodSignature (system.multicall lives with
 * the calls it runs), over the built-in catalog and the methods of Java plugin namespaces. None
 * of them looks at the daemon's mood. An unknown name, or one that is not a string, is
 * SIGNATURE_UNSUPPORTED, as in the reference; so is methodSignature of a plugin method that
 * declares none.
 */
final class SystemMethods {
    private static final String NS = "system.";

    private final PluginNamespaces plugins;

    SystemMethods() {
        this(null);
    }

    SystemMethods(PluginNamespaces plugins) {
        this.plugins = plugins;
    }

    List<RpcMethod> methods() {
        return List.of(
                RpcMethod.of(NS + "listMethods", 0, a -> names()),
                RpcMethod.of(NS + "methodHelp", 1, a -> entry(a.get(0)).help()),
                RpcMethod.of(NS + "methodSignature", 1, a -> signature(a.get(0))));
    }

    private List<String> names() {
        if (plugins == null) {
            return MethodCatalog.names();
        }
        List<String> all = new ArrayList<>(MethodCatalog.names());
        all.addAll(plugins.methodNames());
        return all.stream().sorted().toList();
    }

    private List<String> signature(Object name) throws FaultException {
        MethodCatalog.Entry found = entry(name);
        if (!found.hasSignature()) {
            throw SupervisorMethods.fault(Fault.SIGNATURE_UNSUPPORTED, null);
        }
        return found.signature();
    }

    private MethodCatalog.Entry entry(Object name) throws FaultException {
        if (name instanceof String s) {
            Optional<MethodCatalog.Entry> found = MethodCatalog.find(s);
            if (found.isEmpty() && plugins != null) {
                found = plugins.find(s);
            }
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw SupervisorMethods.fault(Fault.SIGNATURE_UNSUPPORTED, null);
    }
}
