package dev.jsupervisor.xmlrpc;

/**
 * Bounds for one parse. The reference has none (Python's parsers are iterative), so these only
 * need to be far above anything supervisor sends: its deepest document (reloadConfig) nests about
 * ten elements. Strings are bounded by the document size.
 *
 * @param maxBytes largest accepted document, in bytes
 * @param maxDepth deepest accepted element nesting (the root element is depth 1)
 */
public record XmlRpcLimits(int maxBytes, int maxDepth) {
    /** Room for roughly forty levels of nested arrays or structs. */
    public static final int DEFAULT_MAX_DEPTH = 128;

    public XmlRpcLimits {
        if (maxBytes <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Limits with the given size and the default depth. */
    public static XmlRpcLimits ofMaxBytes(int maxBytes) {
        return new XmlRpcLimits(maxBytes, DEFAULT_MAX_DEPTH);
    }
}
