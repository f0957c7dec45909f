package dev.jsupervisor.config.expand;

/** A %-expansion that the reference would refuse; the message is the reference's text. */
public final class ExpansionException extends Exception {
    public ExpansionException(String message) { super(message); }
}
