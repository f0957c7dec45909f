package dev.jsupervisor.daemon.events;

/**
 * Decides what a listener's {@code RESULT} body means: return to accept the event, throw
 * {@link RejectEvent} to have it sent again, throw anything else to put the listener in UNKNOWN
 * (the event is sent again too). The Java counterpart of the reference's {@code result_handler}
 * callables. Implementations are found with {@link java.util.ServiceLoader} and selected by the
 * {@code result_handler=} value equal to their {@link #spec()}.
 */
public interface ResultHandler {
    /** The {@code result_handler=} value that selects this handler, e.g. {@code java:com.example.Mine}. */
    String spec();

    void handle(Event event, byte[] response) throws RejectEvent;
}
