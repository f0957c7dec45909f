package dev.jsupervisor.daemon.rpc;

/**
 * What /RPC2 answers: a 200 with an XML-RPC document (a result or a fault), or an HTTP error page
 * (400 for a body that is not a method call, 500 where the reference's method raises).
 */
public record RpcReply(int httpStatus, byte[] body) {
    /** A 200 carrying an XML-RPC document already encoded as UTF-8. */
    static RpcReply document(byte[] xml) {
        return new RpcReply(200, xml);
    }

    static RpcReply error(int status) {
        return new RpcReply(status, new byte[0]);
    }
}
