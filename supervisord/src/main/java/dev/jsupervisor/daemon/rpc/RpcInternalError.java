package dev.jsupervisor.daemon.rpc;

/**
 * A call the reference's method would die on with an unexpected exception (e.g. a number where
 * a name belongs); the reference then answers HTTP 500, and so do we.
 */
final class RpcInternalError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RpcInternalError(String why) {
        super(why, null, false, false);
    }
}
