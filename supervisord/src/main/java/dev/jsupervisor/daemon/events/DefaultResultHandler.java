package dev.jsupervisor.daemon.events;

import dev.jsupervisor.config.model.EventListenerPoolConfig;
import java.util.Arrays;

/** {@code supervisor.dispatchers:default_handler}: the body {@code OK} accepts, anything else rejects. */
public final class DefaultResultHandler implements ResultHandler {
    private static final byte[] OK = {'O', 'K'};

    @Override
    public String spec() {
        return EventListenerPoolConfig.DEFAULT_RESULT_HANDLER;
    }

    @Override
    public void handle(Event event, byte[] response) throws RejectEvent {
        if (!Arrays.equals(response, OK)) {
            throw new RejectEvent(new String(response, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }
}
