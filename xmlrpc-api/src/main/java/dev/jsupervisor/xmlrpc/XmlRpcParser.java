package dev.jsupervisor.xmlrpc;

/**
 * Parses XML-RPC documents. Requests are read as supervisord reads them and responses as Python's
 * xmlrpc.client reads them (the two differ; see {@link RequestDecoder} and {@link ResponseDecoder}).
 * Both refuse any DOCTYPE and entity reference, and enforce the caller's size and depth limits.
 *
 * <p>Values come back as Integer (Long beyond 32 bits), Boolean, String, Double, byte[] (responses
 * only; requests turn base64 into a String as supervisord does), {@link XmlRpcDateTime},
 * List&lt;Object&gt;, Map&lt;String, Object&gt; (a LinkedHashMap in document order) and null.
 */
public final class XmlRpcParser {
    private XmlRpcParser() { }

    /** A methodCall; the method name is "" when missing and params are empty when absent. */
    public static MethodCall parseCall(byte[] document, XmlRpcLimits limits) throws XmlRpcParseException {
        return RequestDecoder.decode(TreeBuilder.build(document, limits));
    }

    /** A methodResponse: a value or a fault. */
    public static MethodResponse parseResponse(byte[] document, XmlRpcLimits limits) throws XmlRpcParseException {
        return ResponseDecoder.decode(TreeBuilder.build(document, limits));
    }
}
