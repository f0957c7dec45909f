package dev.jsupervisor.daemon.events;

/** Thrown by a {@link ResultHandler} that does not accept the listener's answer: the event is sent again. */
public final class RejectEvent extends Exception {
    private static final long serialVersionUID = 1L;

    public RejectEvent(String why) {
        super(why, null, false, false);
    }
}
