package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.xmlrpc.FaultException;
import java.util.List;

/**
 * One entry of the method table: its full name ("namespace.method"), how many arguments it takes
 * (a call outside the range is INCORRECT_PARAMETERS, as Python's TypeError is in the reference)
 * and its body.
 */
record RpcMethod(String name, int minArgs, int maxArgs, Body body) {
    interface Body {
        Object call(List<Object> args) throws FaultException;
    }

    static RpcMethod of(String name, int args, Body body) {
        return new RpcMethod(name, args, args, body);
    }

    boolean accepts(int count) {
        return count >= minArgs && count <= maxArgs;
    }
}
