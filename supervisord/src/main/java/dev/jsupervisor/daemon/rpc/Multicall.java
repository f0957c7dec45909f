package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * system.multicall: the calls run in order; a call that waits is awaited (polled after every
 * loop pass) before the next one starts. Each result is the bare value or a fault struct, as
 * 4.2.5 answers (not the one-element list of the multicall convention).
 */
final class Multicall implements Deferred {
    static final String NAME = "system.multicall";

    private final RpcDispatcher dispatcher;
    private final List<Object> remaining;
    private final List<Object> results = new ArrayList<>();
    private Deferred current;

    private Multicall(RpcDispatcher dispatcher, List<?> calls) {
        this.dispatcher = dispatcher;
        this.remaining = new ArrayList<>(calls);
    }

    static RpcMethod method(RpcDispatcher dispatcher) {
        return RpcMethod.of(NAME, 1, args -> start(dispatcher, args.get(0)));
    }

    /** Runs the calls up to the first that waits: the results, or this multicall to poll. */
    private static Object start(RpcDispatcher dispatcher, Object calls) throws FaultException {
        if (calls instanceof String) {
            throw PyValues.noAttribute(calls, "pop");     // the reference slices, then pops: 500
        }
        if (!(calls instanceof List<?> list)) {
            throw SupervisorMethods.fault(Fault.INCORRECT_PARAMETERS, null);
        }
        Multicall multi = new Multicall(dispatcher, list);
        Optional<Object> done = multi.poll();
        return done.isPresent() ? done.get() : multi;
    }

    @Override
    public Optional<Object> poll() {
        if (current != null) {
            Optional<Object> value = settle(current);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            current = null;
            results.add(value.get());
        }
        while (current == null && !remaining.isEmpty()) {
            Object value = call(remaining.remove(0));
            if (value instanceof Deferred later) {
                current = later;
            } else {
                results.add(value);
            }
        }
        return current == null ? Optional.of(results) : Optional.empty();
    }

    @Override
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
        remaining.clear();
    }

    /** One call: its value (maybe a Deferred), or its fault as a struct. */
    private Object call(Object call) {
        if (!(call instanceof Map<?, ?> struct)) {
            throw PyValues.noAttribute(call, "get");   // outside the reference's try: the whole call fails
        }
        Object name = struct.get("methodName");
        Object params = struct.containsKey("params") ? struct.get("params") : List.of();
        try {
            if (name == null) {
                throw new FaultException(Fault.INCORRECT_PARAMETERS.code(), Messages.NO_METHOD_NAME);
            }
            if (NAME.equals(name)) {
                throw new FaultException(Fault.INCORRECT_PARAMETERS.code(), Messages.RECURSIVE_MULTICALL);
            }
            return dispatcher.callInside(name, params);
        } catch (FaultException f) {
            return faultStruct(f.code(), f.faultString());
        } catch (RuntimeException e) {
            return failed(e);       // the reference turns any exception of a call into FAILED
        }
    }

    private static Optional<Object> settle(Deferred deferred) {
        try {
            return deferred.poll();
        } catch (FaultException f) {
            return Optional.of(faultStruct(f.code(), f.faultString()));
        } catch (RuntimeException e) {
            return Optional.of(failed(e));
        }
    }

    private static Map<String, Object> failed(RuntimeException e) {
        return faultStruct(Fault.FAILED.code(), Fault.FAILED.name() + ": " + e.getMessage());
    }

    private static Map<String, Object> faultStruct(int code, String text) {
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("faultCode", code);
        struct.put("faultString", text);
        return struct;
    }
}
