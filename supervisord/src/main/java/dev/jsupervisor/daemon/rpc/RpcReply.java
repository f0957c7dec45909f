package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.xmlrpc.FaultException;
import dev.jsupervisor.xmlrpc.XmlRpcWriter;
import java.util.Optional;

/**
 * What /RPC2 answers: a 200 with an XML-RPC document (a result or a fault), an HTTP error page
 * (400 for a body that is not a method call, 500 where the reference's method raises), or, for a
 * call that waits (the reference's deferred callback), a pending reply that the server polls after
 * every loop pass until it becomes one of the other two.
 */
public final class RpcReply {
    private final int httpStatus;
    private final byte[] body;
    private final Deferred pending;

    private RpcReply(int httpStatus, byte[] body, Deferred pending) {
        this.httpStatus = httpStatus;
        this.body = body;
        this.pending = pending;
    }

    /** A 200 carrying an XML-RPC document already encoded as UTF-8. */
    static RpcReply document(byte[] xml) {
        return new RpcReply(200, xml, null);
    }

    static RpcReply error(int status) {
        return new RpcReply(status, new byte[0], null);
    }

    static RpcReply pending(Deferred deferred) {
        return new RpcReply(0, new byte[0], deferred);
    }

    /** The result or fault of a method body, marshalled; 500 where the reference would raise. */
    static RpcReply of(Object result) {
        if (result instanceof Encoded encoded) {
            return document(encoded.document());
        }
        try {
            return document(XmlRpcWriter.methodResponseUtf8(result));
        } catch (IllegalArgumentException unmarshallable) {
            return error(500);
        }
    }

    static RpcReply of(FaultException fault) {
        return document(XmlRpcWriter.faultUtf8(fault.code(), fault.faultString()));
    }

    public boolean isPending() {
        return pending != null;
    }

    /** 200, 400 or 500; 0 while pending. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The encoded document (not a copy: replies can be large, and nobody changes it). */
    public byte[] body() {
        return body;
    }

    /**
     * For a pending reply, asked on the loop thread after every pass: the finished reply once the
     * wait is over, else empty. A finished reply returns itself.
     */
    public Optional<RpcReply> poll() {
        if (pending == null) {
            return Optional.of(this);
        }
        try {
            return pending.poll().map(RpcReply::of);
        } catch (FaultException f) {
            return Optional.of(of(f));
        } catch (RuntimeException e) {
            // The reference answers 500 for anything its callback raises; the daemon goes on.
            return Optional.of(error(500));
        }
    }

    /** The client is gone: nothing will read the answer. */
    public void cancel() {
        if (pending != null) {
            pending.cancel();
        }
    }
}
