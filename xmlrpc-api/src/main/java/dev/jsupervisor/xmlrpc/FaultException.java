package dev.jsupervisor.xmlrpc;

/** A fault answered by the server: code and faultString as sent (e.g. 10, "BAD_NAME: foo"). */
public final class FaultException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int code;
    private final String faultString;

    public FaultException(int code, String faultString) {
        super("<Fault " + code + ": '" + faultString + "'>"); // Python's Fault repr
        this.code = code;
        this.faultString = faultString;
    }

    public int code() {
        return code;
    }

    public String faultString() {
        return faultString;
    }

    /** The supervisor fault with this code, or null for a code supervisor does not define. */
    public Fault fault() {
        return Fault.ofCode(code);
    }
}
