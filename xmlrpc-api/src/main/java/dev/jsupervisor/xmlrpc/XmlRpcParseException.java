package dev.jsupervisor.xmlrpc;

/** A document that is not acceptable XML-RPC. The short message is safe to log; the server answers 400. */
public final class XmlRpcParseException extends Exception {
    private static final long serialVersionUID = 1L;

    public XmlRpcParseException(String message) {
        super(message);
    }

    public XmlRpcParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
