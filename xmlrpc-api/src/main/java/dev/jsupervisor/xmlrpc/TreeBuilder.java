package dev.jsupervisor.xmlrpc;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Turns bytes into a {@link Node} tree with the JDK's own StAX parser, hardened: no DTD support,
 * no external entities, no entity replacement, and any DOCTYPE or entity reference refused the
 * moment it is seen, so nothing is ever fetched or expanded (XXE, SSRF, billion laughs).
 */
final class TreeBuilder {
    /**
     * One configured factory per thread, made once: building and configuring a factory cost more
     * than parsing a small call. The JDK's factory can then also reset and reuse its reader
     * (its scanner and buffers) once the previous one is closed, which only one thread may do.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(TreeBuilder::factory);
    private static final String REUSE_INSTANCE = "http://java.sun.com/xml/stream/properties/reuse-instance";

    private TreeBuilder() { }

    static Node build(byte[] document, XmlRpcLimits limits) throws XmlRpcParseException {
        if (document.length > limits.maxBytes()) {
            throw new XmlRpcParseException(String.format(Messages.TOO_LARGE, document.length, limits.maxBytes()));
        }
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(document));
            return read(reader, limits.maxDepth());
        } catch (XMLStreamException | RuntimeException e) {
            // the JDK parser reports some malformations as unchecked exceptions
            throw new XmlRpcParseException(String.format(Messages.MALFORMED, firstLine(e.getMessage())), e);
        } finally {
            close(reader);
        }
    }

    private static Node read(XMLStreamReader reader, int maxDepth) throws XMLStreamException, XmlRpcParseException {
        Deque<Node> open = new ArrayDeque<>();
        Node root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new XmlRpcParseException(Messages.DOCTYPE);
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw new XmlRpcParseException(String.format(Messages.ENTITY, reader.getLocalName()));
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open.size() >= maxDepth) {
                        throw new XmlRpcParseException(String.format(Messages.TOO_DEEP, maxDepth));
                    }
                    Node node = new Node(reader.getLocalName());
                    if (open.isEmpty()) {
                        root = node;
                    } else {
                        open.peek().children.add(node);
                    }
                    open.push(node);
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        open.peek().appendText(reader.getText());
                    }
                }
                default -> { } // comments, processing instructions, document start/end: ignored like expat
            }
        }
        return root;
    }

    private static XMLInputFactory factory() {
        // newDefaultFactory: always the JDK's parser, never one found on the class path
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.FALSE);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        try {
            f.setProperty(REUSE_INSTANCE, Boolean.TRUE);
        } catch (IllegalArgumentException notThisImplementation) {
            // another StAX implementation: a new reader per document, just slower
        }
        return f;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String m = message.strip();
        int nl = m.lastIndexOf('\n'); // the JDK puts "ParseError at [row,col]:" on the first line
        return nl < 0 ? m : m.substring(nl + 1).strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was allocated that outlives the byte array
            }
        }
    }
}
