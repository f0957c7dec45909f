package dev.jsupervisor.daemon.events;

import dev.jsupervisor.config.model.EventType;
import dev.jsupervisor.config.model.LogChannelConfig;
import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.daemon.log.BytesRepr;
import dev.jsupervisor.daemon.log.ChildLogChannel;
import dev.jsupervisor.daemon.log.ChildLogSpec.OutputChannel;
import dev.jsupervisor.daemon.process.ProcessRecord;
import java.util.Optional;

/**
 * The hooks one spawn's output channels get: PROCESS_LOG_* (when {@code *_events_enabled} and
 * somebody subscribes, so output stays on the log channel's fast path otherwise) and
 * PROCESS_COMMUNICATION_* for ordinary channels; the protocol decoder for a listener's stdout.
 */
public final class ChannelListeners {
    private final EventHub hub;
    private final EventLog log;

    public ChannelListeners(EventHub hub, EventLog log) {
        this.hub = hub;
        this.log = log;
    }

    /** Called once per channel while a spawn is prepared; a listener's protocol restarts here. */
    public ChildLogChannel.Listener forChannel(ProcessRecord process, OutputChannel channel) {
        boolean stdout = channel == OutputChannel.STDOUT;
        Optional<ListenerProtocol> listener = hub.listener(process);
        if (stdout && listener.isPresent()) {
            listener.get().spawned();
            return new ProtocolFeed(process.name(), listener.get());
        }
        LogChannelConfig config = stdout ? process.config().stdout() : process.config().stderr();
        return new OutputEvents(process, stdout, config.eventsEnabled());
    }

    /** Whether this process is a listener (its stdout carries the protocol: no capture, no syslog, no log events). */
    public boolean isListener(ProcessRecord process) {
        return hub.listener(process).isPresent();
    }

    private final class OutputEvents implements ChildLogChannel.Listener {
        private final ProcessRecord process;
        private final boolean stdout;
        private final boolean eventsEnabled;

        OutputEvents(ProcessRecord process, boolean stdout, boolean eventsEnabled) {
            this.process = process;
            this.stdout = stdout;
            this.eventsEnabled = eventsEnabled;
        }

        @Override
        public boolean wantsLogged() {
            return eventsEnabled && hub.subscribed(stdout ? EventType.PROCESS_LOG_STDOUT : EventType.PROCESS_LOG_STDERR);
        }

        @Override
        public void logged(byte[] data) {
            if (data.length > 0 && wantsLogged()) {
                hub.publish(Payloads.processLog(stdout, process.name(), process.groupName(), process.pid(), data));
            }
        }

        @Override
        public void captured(byte[] data) {
            hub.publish(Payloads.processCommunication(stdout, process.name(), process.groupName(), process.pid(),
                    data));
        }
    }

    /** A listener's stdout: the DEBG echo shows the raw bytes, then the protocol reads them. */
    private final class ProtocolFeed implements ChildLogChannel.Listener {
        private final String processName;
        private final ListenerProtocol protocol;

        ProtocolFeed(String processName, ListenerProtocol protocol) {
            this.processName = processName;
            this.protocol = protocol;
        }

        @Override
        public boolean replacesDebugEcho() {
            return true;
        }

        @Override
        public void logged(byte[] data) {
            log.log(LogLevel.DEBG, dev.jsupervisor.daemon.log.Messages.childOutput(processName, "stdout",
                    BytesRepr.of(data)));
            protocol.feed(data);
        }
    }
}
