package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A group or "all" operation (start, stop, signal): the single-process call for every selected
 * process, in priority order, then one result struct per process. Results that are known at once
 * come first, in that order; the calls that wait are polled together and each result is added as
 * its call completes (the reference's completion order).
 *
 * <p>Nothing happens until the first poll: the selection is made then, process by process, as the
 * reference's deferred group call does.
 */
final class GroupCall implements Deferred {
    /** The single-process call: TRUE when done at once, a Deferred to wait for, or a fault. */
    interface Action {
        Object apply(String namespec, ProcessRecord process) throws FaultException;
    }

    private record Waiting(ProcessRecord process, Deferred call) {}

    private final List<ProcessRecord> targets;
    private final Predicate<ProcessRecord> selected;
    private final Action action;
    private final List<Object> results = new ArrayList<>();
    private final List<Waiting> waiting = new ArrayList<>();
    private boolean begun;

    GroupCall(List<ProcessRecord> targets, Predicate<ProcessRecord> selected, Action action) {
        this.targets = List.copyOf(targets);
        this.selected = selected;
        this.action = action;
    }

    @Override
    public Optional<Object> poll() {
        if (!begun) {
            begun = true;
            begin();
        }
        for (Iterator<Waiting> it = waiting.iterator(); it.hasNext(); ) {
            Waiting w = it.next();
            try {
                if (w.call().poll().isEmpty()) {
                    continue;
                }
                results.add(result(w.process(), Fault.SUCCESS.code(), Messages.RESULT_OK));
            } catch (FaultException f) {
                results.add(result(w.process(), f.code(), f.faultString()));
            }
            it.remove();
        }
        return waiting.isEmpty() ? Optional.of(List.copyOf(results)) : Optional.empty();
    }

    private void begin() {
        for (ProcessRecord p : targets) {
            if (!selected.test(p)) {
                continue;
            }
            try {
                Object outcome = action.apply(p.namespec(), p);
                if (outcome instanceof Deferred later) {
                    waiting.add(new Waiting(p, later));
                } else {
                    results.add(result(p, Fault.SUCCESS.code(), Messages.RESULT_OK));
                }
            } catch (FaultException f) {
                results.add(result(p, f.code(), f.faultString()));
            }
        }
    }

    @Override
    public void cancel() {
        waiting.forEach(w -> w.call().cancel());
        waiting.clear();
    }

    /** The result struct, members in the reference's order. */
    private static Map<String, Object> result(ProcessRecord p, int status, String description) {
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("name", p.name());
        struct.put("group", p.groupName());
        struct.put("status", status);
        struct.put("description", description);
        return struct;
    }
}
