package dev.jsupervisor.config.value;

/** A converter refused a value; the message is the reference's text for that datatype. */
public final class ValueException extends Exception {
    public ValueException(String message) { super(message); }
}
