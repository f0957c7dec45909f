package dev.jsupervisor.daemon.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.config.model.EventListenerPoolConfig;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResultHandlersTest {
    private static final Event EVENT = Payloads.group(true, "g");

    @Test
    void defaultHandlerAcceptsExactlyOk() throws RejectEvent {
        ResultHandler handler = ResultHandlers.find(" " + EventListenerPoolConfig.DEFAULT_RESULT_HANDLER).orElseThrow();
        assertInstanceOf(DefaultResultHandler.class, handler);
        handler.handle(EVENT, "OK".getBytes(StandardCharsets.UTF_8));
        assertThrows(RejectEvent.class, () -> handler.handle(EVENT, "ok".getBytes(StandardCharsets.UTF_8)));
        assertThrows(RejectEvent.class, () -> handler.handle(EVENT, "FAIL".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void javaHandlersComeFromServiceLoader() throws RejectEvent {
        String spec = "java:dev.jsupervisor.daemon.events.UpperCaseOkHandler";
        ResultHandlers.find(spec).orElseThrow().handle(EVENT, "ok".getBytes(StandardCharsets.UTF_8));
        assertTrue(ResultHandlers.resolver().resolves(spec));
    }

    @Test
    void pythonCallablesOtherThanTheDefaultDoNotResolve() {
        assertFalse(ResultHandlers.resolver().resolves("supervisor_stdout:event_handler"));
        assertTrue(ResultHandlers.resolver().resolves(EventListenerPoolConfig.DEFAULT_RESULT_HANDLER));
    }
}
