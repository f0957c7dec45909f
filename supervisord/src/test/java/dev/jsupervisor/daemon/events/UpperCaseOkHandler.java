package dev.jsupervisor.daemon.events;

import java.nio.charset.StandardCharsets;

/** A Java result handler found through ServiceLoader (registered in the test resources). */
public final class UpperCaseOkHandler implements ResultHandler {
    @Override
    public String spec() {
        return "java:dev.jsupervisor.daemon.events.UpperCaseOkHandler";
    }

    @Override
    public void handle(Event event, byte[] response) throws RejectEvent {
        if (!new String(response, StandardCharsets.UTF_8).equalsIgnoreCase("ok")) {
            throw new RejectEvent("not ok");
        }
    }
}
