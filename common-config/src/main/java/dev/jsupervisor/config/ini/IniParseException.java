package dev.jsupervisor.config.ini;

/** Unparseable INI text; the message is the reference's text, possibly several lines. */
public final class IniParseException extends Exception {
    public IniParseException(String message) { super(message); }
}
