package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.xmlrpc.XmlRpcWriter;

/**
 * A method result together with its methodResponse document, for results worth keeping between
 * calls: the dispatcher sends {@link #document} as it is, and system.multicall uses
 * {@link #value}.
 */
record Encoded(Object value, byte[] document) {
    static Encoded of(Object value) {
        return new Encoded(value, XmlRpcWriter.methodResponseUtf8(value));
    }
}
