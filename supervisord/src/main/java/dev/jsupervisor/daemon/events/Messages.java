package dev.jsupervisor.daemon.events;

/** Every main-log line of the event system, in the reference's words. */
final class Messages {
    private Messages() {}

    static String stateChange(String process, ListenerState from, ListenerState to) {
        return process + ": " + from + " -> " + to;
    }

    static String enteredUnknown(String process) {
        return process + ": has entered the UNKNOWN state and will no longer receive events, this usually"
                + " indicates the process violated the eventlistener protocol";
    }

    static String badResultLine(String process, String line) {
        return process + ": bad result line: '" + line + "'";
    }

    static String processed(String process) {
        return process + ": event was processed";
    }

    static String rejected(String process) {
        return process + ": event was rejected";
    }

    static String handlerError(String process) {
        return process + ": event caused an error";
    }

    static String overflowed(String pool, long serial) {
        return "pool " + pool + " event buffer overflowed, discarding event " + serial;
    }

    static String rebuffering(long serial, String pool, int size, int max) {
        return "rebuffering event " + serial + " for pool " + pool + " (buf size=" + size + ", max=" + max + ")";
    }

    static String sent(long serial, String process) {
        return "event " + serial + " sent to listener " + process;
    }

    static String epipe(long serial, String process) {
        return "epipe occurred while sending event " + serial + " to listener " + process
                + ", listener state unchanged";
    }
}
