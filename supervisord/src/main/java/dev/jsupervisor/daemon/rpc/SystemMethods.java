package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import java.util.List;

/**
 * system.listMethods, system.methodHelp and system.methodSignature (system.multicall lives with
 * the calls it runs). None of them looks at the daemon's mood. An unknown name, or one that is
 * not a string, is SIGNATURE_UNSUPPORTED, as in the reference.
 */
final class SystemMethods {
    private static final String NS = "system.";

    List<RpcMethod> methods() {
        return List.of(
                RpcMethod.of(NS + "listMethods", 0, a -> MethodCatalog.names()),
                RpcMethod.of(NS + "methodHelp", 1, a -> entry(a.get(0)).help()),
                RpcMethod.of(NS + "methodSignature", 1, a -> entry(a.get(0)).signature()));
    }

    private static MethodCatalog.Entry entry(Object name) throws FaultException {
        if (name instanceof String s) {
            var found = MethodCatalog.find(s);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw SupervisorMethods.fault(Fault.SIGNATURE_UNSUPPORTED, null);
    }
}
