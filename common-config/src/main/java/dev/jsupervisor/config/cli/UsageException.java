package dev.jsupervisor.config.cli;

/** A command-line error; printed as "Error: <message>" plus the "For help" line, exit 2. */
public final class UsageException extends Exception {
    public UsageException(String message) { super(message); }
}
