package dev.jsupervisor.daemon.events;

import dev.jsupervisor.config.model.EventListenerPoolConfig;
import dev.jsupervisor.config.model.EventType;
import dev.jsupervisor.daemon.process.Effect;
import dev.jsupervisor.daemon.process.ProcessGroup;
import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The daemon's event bus (one per run of the loop; the global serial outlives restarts). Events are
 * offered to the pools in the order the pools were added, each pool taking the types it subscribed
 * to (supertypes included); the loop calls {@link #dispatchAll()} at the end of every pass. Loop
 * thread only.
 */
public final class EventHub {
    private final String identifier;
    private final EventLog log;
    private final Serial globalSerial;
    private final ListenerPool.Stdin stdin;
    private final List<ListenerPool> pools = new ArrayList<>();
    private final Ticks ticks;

    public EventHub(String identifier, EventLog log, Serial globalSerial, ListenerPool.Stdin stdin,
            long nowEpochMillis) {
        this.identifier = identifier;
        this.log = log;
        this.globalSerial = globalSerial;
        this.stdin = stdin;
        this.ticks = new Ticks(nowEpochMillis);
    }

    /** Offers an event to every subscribed pool. */
    public void publish(Event event) {
        for (ListenerPool pool : List.copyOf(pools)) {
            for (int i = pool.subscriptions(event.type()); i > 0; i--) {
                pool.accept(event, false);
            }
        }
    }

    /** Whether any pool would take an event of this type (cheap enough to ask per chunk of output). */
    public boolean subscribed(EventType type) {
        for (ListenerPool pool : pools) {
            if (pool.subscriptions(type) > 0) {
                return true;
            }
        }
        return false;
    }

    /** PROCESS_STATE_*; a listener that ended with an event unanswered gets it back into its pool. */
    public void stateChanged(Effect.StateChange change) {
        publish(new Event(EventType.valueOf(change.eventName()), change.payload()));
        if (change.to() == ProcessState.EXITED || change.to() == ProcessState.BACKOFF
                || change.to() == ProcessState.STOPPED) {
            listenerNamed(change.groupName(), change.processName()).ifPresent(ListenerProtocol::finished);
        }
    }

    /** A group became active: a listener pool subscribes first, so it sees its own PROCESS_GROUP_ADDED. */
    public void groupAdded(ProcessGroup group) {
        if (group.config() instanceof EventListenerPoolConfig config) {
            ResultHandler handler = ResultHandlers.find(config.resultHandler()).orElseThrow(
                    () -> new IllegalStateException("unresolved result_handler " + config.resultHandler()));
            pools.add(new ListenerPool(config, group.processes(), identifier, log, stdin, handler, globalSerial,
                    this::rejected));
        }
        publish(Payloads.group(true, group.name()));
    }

    /** A group was removed: a pool unsubscribes first (its buffered events are dropped). */
    public void groupRemoved(String name) {
        pools.removeIf(p -> p.name().equals(name));
        publish(Payloads.group(false, name));
    }

    public void supervisorRunning() {
        publish(Payloads.supervisorState(true));
    }

    public void supervisorStopping() {
        publish(Payloads.supervisorState(false));
    }

    /** sendRemoteCommEvent, with both values already rendered as Python's str() would. */
    public void remoteCommunication(String type, String data) {
        publish(Payloads.remoteCommunication(type, data));
    }

    /** The TICK_* events due now (computed even when nobody listens, so a pool added later starts in step). */
    public void tick(long nowEpochMillis) {
        for (Event tick : ticks.due(nowEpochMillis)) {
            publish(tick);
        }
    }

    /** How long the loop may sleep before a subscribed tick is due; Long.MAX_VALUE when none is subscribed. */
    public long millisUntilTick(long nowEpochMillis) {
        long least = Long.MAX_VALUE;
        for (EventType type : Ticks.PERIODS.keySet()) {
            if (subscribed(type)) {
                least = Math.min(least, Ticks.millisUntilNext(type, nowEpochMillis));
            }
        }
        return least;
    }

    /**
     * An event a listener did not process goes back to the head of every pool that claims the
     * listener: its own, and (a 4.2.5 quirk kept for fidelity) every pool with a process of the
     * same priority, since the reference compares processes by priority.
     */
    private void rejected(Event event, ProcessRecord by) {
        for (ListenerPool pool : List.copyOf(pools)) {
            if (pool.claims(by)) {
                pool.accept(event, true);
            }
        }
    }

    /** Every pool with a RUNNING, READY listener sends what it can. */
    public void dispatchAll() {
        for (ListenerPool pool : List.copyOf(pools)) {
            pool.dispatch();
        }
    }

    /** One pool's turn in the group walk of a pass (nothing for an ordinary group). */
    public void dispatch(String groupName) {
        pool(groupName).ifPresent(ListenerPool::dispatch);
    }

    /** The pool of this name, if it is an active listener pool. */
    public Optional<ListenerPool> pool(String name) {
        return pools.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The protocol state of a listener process; empty for other processes. */
    public Optional<ListenerProtocol> listener(ProcessRecord process) {
        return pool(process.groupName()).map(p -> p.listener(process));
    }

    private Optional<ListenerProtocol> listenerNamed(String group, String process) {
        return pool(group).flatMap(p -> Optional.ofNullable(p.listenerNamed(process)));
    }
}
