package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.xmlrpc.FaultException;
import java.util.Optional;

/**
 * A method of the table called from inside the daemon (the web UI), without XML: the same code,
 * checks and faults as over /RPC2. A call that waits (stop, start, multicall) is polled on the
 * loop thread after every pass until it has its result, as a parked /RPC2 reply is.
 */
public final class LocalCall {
    private final Object value;
    private final Deferred pending;
    private final FaultException fault;

    private LocalCall(Object value, Deferred pending, FaultException fault) {
        this.value = value;
        this.pending = pending;
        this.fault = fault;
    }

    static LocalCall of(Object result) {
        return result instanceof Deferred later ? new LocalCall(null, later, null) : new LocalCall(result, null, null);
    }

    static LocalCall failed(FaultException fault) {
        return new LocalCall(null, null, fault);
    }

    /**
     * Empty while the call still waits; its result once done.
     *
     * @throws FaultException the fault the call ended with (now, or after waiting)
     */
    public Optional<Object> poll() throws FaultException {
        if (fault != null) {
            throw fault;
        }
        return pending == null ? Optional.of(value) : pending.poll();
    }

    /** Nobody waits for the answer any more (the browser went away). */
    public void cancel() {
        if (pending != null) {
            pending.cancel();
        }
    }
}
