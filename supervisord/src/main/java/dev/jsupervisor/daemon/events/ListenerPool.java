package dev.jsupervisor.daemon.events;

import dev.jsupervisor.config.model.EventListenerPoolConfig;
import dev.jsupervisor.config.model.EventType;
import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code [eventlistener:x]} pool: its bounded event buffer and its listener processes. Events
 * go out oldest first, each to the first RUNNING and READY listener in the pool's process order;
 * an event that finds none goes back to the head and dispatching stops until a listener is READY.
 * When the buffer is full the oldest event (the head, which may be a rebuffered one) is dropped
 * with the reference's ERRO line.
 */
public final class ListenerPool {
    /** Writes to a listener's stdin; false when the pipe is closed or broken (the reference's EPIPE). */
    @FunctionalInterface
    public interface Stdin {
        boolean write(ProcessRecord process, byte[] data);
    }

    private final EventListenerPoolConfig config;
    private final String identifier;
    private final EventLog log;
    private final Stdin stdin;
    private final ResultHandler handler;
    private final Serial poolSerial = new Serial();
    private final Serial globalSerial;
    private final Deque<Event> buffer = new ArrayDeque<>();
    private final Map<ProcessRecord, ListenerProtocol> listeners = new LinkedHashMap<>();
    private final Rejections rejections;

    /** Where an event a listener did not process goes (the reference's EventRejectedEvent). */
    @FunctionalInterface
    interface Rejections {
        void rejected(Event event, ProcessRecord by);
    }

    ListenerPool(EventListenerPoolConfig config, List<ProcessRecord> processes, String identifier, EventLog log,
            Stdin stdin, ResultHandler handler, Serial globalSerial, Rejections rejections) {
        this.config = config;
        this.identifier = identifier;
        this.log = log;
        this.stdin = stdin;
        this.handler = handler;
        this.globalSerial = globalSerial;
        this.rejections = rejections;
        for (ProcessRecord process : processes) {
            listeners.put(process, new ListenerProtocol(process.name(), new Host(process)));
        }
    }

    public String name() {
        return config.name();
    }

    /** How many times this pool takes an event of this type: once per subscribed supertype (a 4.2.5 quirk). */
    int subscriptions(EventType type) {
        int n = 0;
        for (EventType subscribed : config.events()) {
            if (type.isA(subscribed)) {
                n++;
            }
        }
        return n;
    }

    /** The protocol state of one of this pool's processes (null for a process of another group). */
    public ListenerProtocol listener(ProcessRecord process) {
        return listeners.get(process);
    }

    ListenerProtocol listenerNamed(String processName) {
        for (Map.Entry<ProcessRecord, ListenerProtocol> e : listeners.entrySet()) {
            if (e.getKey().name().equals(processName)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The events waiting, oldest first. */
    public List<Event> buffered() {
        return List.copyOf(buffer);
    }

    /** Takes an event: at the tail when new, at the head when it comes back from a listener. */
    void accept(Event event, boolean head) {
        if (event.serial() == Event.NO_SERIAL) {
            event.assignSerial(globalSerial.next());
        }
        if (!event.hasPoolSerial(name())) {
            event.assignPoolSerial(name(), poolSerial.next());
        } else {
            log.log(LogLevel.DEBG, Messages.rebuffering(event.serial(), name(), buffer.size(), config.bufferSize()));
        }
        if (buffer.size() >= config.bufferSize() && !buffer.isEmpty()) {
            Event dropped = buffer.pollFirst();
            log.log(LogLevel.ERRO, Messages.overflowed(name(), dropped.serial()));
        }
        if (head) {
            buffer.addFirst(event);
        } else {
            buffer.addLast(event);
        }
    }

    /** True when some listener could take an event now (RUNNING and READY). */
    boolean canDispatch() {
        for (Map.Entry<ProcessRecord, ListenerProtocol> e : listeners.entrySet()) {
            if (e.getKey().state() == ProcessState.RUNNING && e.getValue().state() == ListenerState.READY) {
                return true;
            }
        }
        return false;
    }

    /** The reference's dispatch(): oldest first until one finds no listener (it goes back to the head). */
    void dispatch() {
        if (!canDispatch()) {
            return;
        }
        while (!buffer.isEmpty()) {
            Event event = buffer.pollFirst();
            if (!sendToFirstReady(event)) {
                accept(event, true);
                return;
            }
        }
    }

    private boolean sendToFirstReady(Event event) {
        for (Map.Entry<ProcessRecord, ListenerProtocol> e : listeners.entrySet()) {
            ProcessRecord process = e.getKey();
            ListenerProtocol listener = e.getValue();
            if (process.state() != ProcessState.RUNNING || listener.state() != ListenerState.READY) {
                continue;
            }
            byte[] envelope = Envelope.bytes(identifier, event.serial(), name(), event.poolSerial(name()), event);
            if (!stdin.write(process, envelope)) {
                log.log(LogLevel.DEBG, Messages.epipe(event.serial(), process.name()));
                continue;
            }
            listener.sent(event);
            log.log(LogLevel.DEBG, Messages.sent(event.serial(), process.name()));
            return true;
        }
        return false;
    }

    /**
     * Whether the reference's {@code process in self.processes.values()} holds: its processes
     * compare equal by priority alone, so a pool "owns" any process with the priority of one of its own.
     */
    boolean claims(ProcessRecord process) {
        for (ProcessRecord own : listeners.keySet()) {
            if (own.config().priority() == process.config().priority()) {
                return true;
            }
        }
        return false;
    }

    private final class Host implements ListenerProtocol.Host {
        private final ProcessRecord process;

        Host(ProcessRecord process) {
            this.process = process;
        }

        @Override
        public void log(LogLevel level, String message) {
            log.log(level, message);
        }

        @Override
        public ResultHandler handler() {
            return handler;
        }

        @Override
        public void rejected(Event event) {
            rejections.rejected(event, process);
        }
    }
}
