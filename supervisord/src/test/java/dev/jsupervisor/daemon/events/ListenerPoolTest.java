package dev.jsupervisor.daemon.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.config.model.EventListenerPoolConfig;
import dev.jsupervisor.config.model.EventType;
import dev.jsupervisor.config.model.LogChannelConfig;
import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.config.value.RestartPolicy;
import dev.jsupervisor.daemon.process.Effect;
import dev.jsupervisor.daemon.process.Now;
import dev.jsupervisor.daemon.process.ProcessGroup;
import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.daemon.process.Supervision;
import dev.jsupervisor.xmlrpc.ProcessState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pool's dispatch rules, with processes driven through the pure core on a hand-moved clock. */
class ListenerPoolTest {
    private long millis = 1_000_000;
    private final List<String> lines = new ArrayList<>();
    private final List<String> written = new ArrayList<>();
    private boolean pipeBroken;
    private final Serial serial = new Serial();

    private Now now() {
        return new Now(millis, 1_700_000_000_000L + millis);
    }

    private static ProcessConfig listener(String name) {
        return new ProcessConfig(name, null, "/bin/" + name, null, null, -1, true, RestartPolicy.UNEXPECTED, 0, 3,
                LogChannelConfig.defaults(), LogChannelConfig.defaults(), 15, 10, false, false, List.of(0), false,
                Map.of(), null);
    }

    /** A pool of {@code n} listeners, all spawned and RUNNING. */
    private EventHub hubWith(int n, int bufferSize, Set<EventType> events) {
        List<ProcessConfig> configs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            configs.add(listener("lst_" + i));
        }
        EventListenerPoolConfig config = new EventListenerPoolConfig("lst", -1, configs, bufferSize, events,
                EventListenerPoolConfig.DEFAULT_RESULT_HANDLER);
        Supervision supervision = new Supervision(List.of(config), now());
        EventHub hub = new EventHub("supervisor", (level, line) -> lines.add(level + " " + line), serial,
                (process, data) -> {
                    if (pipeBroken) {
                        return false;
                    }
                    written.add(process.name() + "<" + new String(data, StandardCharsets.UTF_8));
                    return true;
                }, 1_700_000_000_000L);
        ProcessGroup group = supervision.groups().get(0);
        hub.groupAdded(group);
        run(supervision, hub, supervision.transitionAll(now()));
        int pid = 100;
        for (ProcessRecord p : group.processes()) {
            hub.listener(p).orElseThrow().spawned();
            run(supervision, hub, supervision.spawned(p, pid++, now()));
        }
        millis += 10;
        run(supervision, hub, supervision.transitionAll(now()));
        group.processes().forEach(p -> assertEquals(ProcessState.RUNNING, p.state()));
        this.supervision = supervision;
        this.group = group;
        return hub;
    }

    private Supervision supervision;
    private ProcessGroup group;

    private static void run(Supervision s, EventHub hub, List<Effect> effects) {
        for (Effect e : effects) {
            if (e instanceof Effect.StateChange c) {
                hub.stateChanged(c);
            }
        }
    }

    private ListenerProtocol protocol(EventHub hub, int i) {
        return hub.listener(group.processes().get(i)).orElseThrow();
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void buffersUntilReadyThenSendsOldestFirst() {
        EventHub hub = hubWith(1, 10, Set.of(EventType.PROCESS_GROUP, EventType.REMOTE_COMMUNICATION));
        hub.remoteCommunication("a", "1");
        hub.dispatchAll();
        assertTrue(written.isEmpty());
        protocol(hub, 0).feed(b("READY\n"));
        hub.dispatchAll();
        assertEquals(List.of("lst_0<ver:3.0 server:supervisor serial:0 pool:lst poolserial:0"
                + " eventname:PROCESS_GROUP_ADDED len:14\ngroupname:lst\n"), written);
        assertEquals("DEBG event 0 sent to listener lst_0", lines.get(lines.size() - 2));
        assertEquals("DEBG rebuffering event 1 for pool lst (buf size=0, max=10)", lines.get(lines.size() - 1));
        protocol(hub, 0).feed(b("RESULT 2\nOKREADY\n"));
        hub.dispatchAll();
        assertTrue(written.get(1).startsWith("lst_0<ver:3.0 server:supervisor serial:1 pool:lst poolserial:1"
                + " eventname:REMOTE_COMMUNICATION len:8\n"));
    }

    @Test
    void failedEventIsSentAgainWithTheSameSerials() {
        EventHub hub = hubWith(1, 10, Set.of(EventType.REMOTE_COMMUNICATION));
        hub.remoteCommunication("a", "1");
        hub.remoteCommunication("b", "2");
        protocol(hub, 0).feed(b("READY\n"));
        hub.dispatchAll();
        protocol(hub, 0).feed(b("RESULT 4\nFAILREADY\n"));
        hub.dispatchAll();
        assertEquals(written.get(0), written.get(1));
        assertTrue(lines.contains("WARN lst_0: event was rejected"));
    }

    @Test
    void overflowDropsTheOldest() {
        EventHub hub = hubWith(1, 2, Set.of(EventType.REMOTE_COMMUNICATION));
        hub.remoteCommunication("a", "1");
        hub.remoteCommunication("b", "2");
        hub.remoteCommunication("c", "3");
        assertEquals(List.of("ERRO pool lst event buffer overflowed, discarding event 0"),
                lines.stream().filter(l -> l.startsWith("ERRO")).toList());
        assertEquals(List.of(1L, 2L), hub.pool("lst").orElseThrow().buffered().stream().map(Event::serial).toList());
    }

    @Test
    void numprocsPoolSpreadsEventsOverReadyListeners() {
        EventHub hub = hubWith(2, 10, Set.of(EventType.REMOTE_COMMUNICATION));
        hub.remoteCommunication("a", "1");
        hub.remoteCommunication("b", "2");
        hub.remoteCommunication("c", "3");
        protocol(hub, 0).feed(b("READY\n"));
        protocol(hub, 1).feed(b("READY\n"));
        hub.dispatchAll();
        assertEquals(2, written.size());
        assertTrue(written.get(0).startsWith("lst_0<") && written.get(0).contains("serial:0 "));
        assertTrue(written.get(1).startsWith("lst_1<") && written.get(1).contains("serial:1 "));
        assertEquals(1, hub.pool("lst").orElseThrow().buffered().size());
    }

    @Test
    void listenerExitWhileBusyRebuffersAtTheHead() {
        EventHub hub = hubWith(1, 10, Set.of(EventType.REMOTE_COMMUNICATION, EventType.PROCESS_STATE_EXITED));
        hub.remoteCommunication("a", "1");
        protocol(hub, 0).feed(b("READY\n"));
        hub.dispatchAll();
        assertEquals(ListenerState.BUSY, protocol(hub, 0).state());
        ProcessRecord p = group.processes().get(0);
        run(supervision, hub, supervision.reaped(p.pid(), dev.jsupervisor.daemon.process.WaitStatus.exited(1),
                now()));
        List<Event> buffered = hub.pool("lst").orElseThrow().buffered();
        assertEquals(EventType.REMOTE_COMMUNICATION, buffered.get(0).type());
        assertEquals(EventType.PROCESS_STATE_EXITED, buffered.get(1).type());
    }

    @Test
    void brokenPipeLeavesTheListenerReady() {
        EventHub hub = hubWith(1, 10, Set.of(EventType.REMOTE_COMMUNICATION));
        hub.remoteCommunication("a", "1");
        protocol(hub, 0).feed(b("READY\n"));
        pipeBroken = true;
        hub.dispatchAll();
        assertEquals(ListenerState.READY, protocol(hub, 0).state());
        assertTrue(lines.contains("DEBG epipe occurred while sending event 0 to listener lst_0, listener state unchanged"));
        assertEquals(1, hub.pool("lst").orElseThrow().buffered().size());
    }

    /** 4.2.5 compares processes by priority: another pool with a listener of the same priority gets it too. */
    @Test
    void rejectedEventAlsoGoesToPoolsWithAListenerOfTheSamePriority() {
        EventHub hub = hubWith(1, 10, Set.of(EventType.REMOTE_COMMUNICATION));
        EventListenerPoolConfig other = new EventListenerPoolConfig("other", -1, List.of(listener("oth")), 10,
                Set.of(EventType.TICK_5), EventListenerPoolConfig.DEFAULT_RESULT_HANDLER);
        hub.groupAdded(new ProcessGroup(other));
        hub.remoteCommunication("a", "1");
        protocol(hub, 0).feed(b("READY\n"));
        hub.dispatchAll();
        protocol(hub, 0).feed(b("RESULT 4\nFAIL"));
        List<Event> leaked = hub.pool("other").orElseThrow().buffered();
        assertEquals(1, leaked.size());
        assertEquals(EventType.REMOTE_COMMUNICATION, leaked.get(0).type());
        assertEquals(1, hub.pool("lst").orElseThrow().buffered().size());
    }

    @Test
    void subscriptionIsBySupertypeAndPoolsGoAway() {
        EventHub hub = hubWith(1, 10, Set.of(EventType.TICK));
        assertTrue(hub.subscribed(EventType.TICK_60));
        assertTrue(!hub.subscribed(EventType.PROCESS_LOG_STDOUT));
        assertTrue(hub.millisUntilTick(1_700_000_003_000L) <= 2000);
        hub.groupRemoved("lst");
        assertEquals(Long.MAX_VALUE, hub.millisUntilTick(1_700_000_003_000L));
    }
}
