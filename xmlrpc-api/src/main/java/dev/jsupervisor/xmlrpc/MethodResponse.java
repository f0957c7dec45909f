package dev.jsupervisor.xmlrpc;

/**
 * A parsed response: either a value (one param; several become a List, none an empty List, as
 * Python's client returns a tuple) or a fault.
 */
public record MethodResponse(Object value, Integer faultCode, String faultString) {
    public static MethodResponse ofValue(Object value) {
        return new MethodResponse(value, null, null);
    }

    public static MethodResponse ofFault(int code, String faultString) {
        return new MethodResponse(null, code, faultString);
    }

    public boolean isFault() {
        return faultCode != null;
    }
}
