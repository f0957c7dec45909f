package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.xmlrpc.FaultException;
import java.util.Optional;

/**
 * A method's result that is not known yet: the reference's deferred callback (startProcess with
 * wait, the group and "all" forms, multicall around them). A method body returns one instead of a
 * value; the server then parks the reply and polls it on the loop thread after every pass.
 */
interface Deferred {
    /** Empty while still waiting; the result once done, or the fault it ended with. */
    Optional<Object> poll() throws FaultException;

    /** Nobody waits for the answer any more. What was already done stays done. */
    default void cancel() {
    }
}
