package dev.jsupervisor.daemon.rpc;

import java.util.List;

/**
 * Argument conversions with the reference's tolerance: it calls int() on offsets (so "5", True
 * and 5.7 pass) and string methods on names (so anything else makes it raise, hence 500).
 */
final class Args {
    private Args() {}

    static String string(List<Object> args, int index) {
        if (args.get(index) instanceof String s) {
            return s;
        }
        throw new RpcInternalError("argument " + index + " is not a string");
    }

    static long integer(List<Object> args, int index) {
        Object value = args.get(index);
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Long l) {      // an <int> or <i8> beyond 32 bits: Python's int has no size
            return l;
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            return d.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                throw new RpcInternalError("argument " + index + " is not a number");
            }
        }
        throw new RpcInternalError("argument " + index + " is not a number");
    }
}
