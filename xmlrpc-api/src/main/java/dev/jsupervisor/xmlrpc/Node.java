package dev.jsupervisor.xmlrpc;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a parsed document, shaped like Python's ElementTree element, because supervisord
 * reads requests through ElementTree: {@code text} is the character data before the first child
 * (null when there is none); text after children is dropped.
 */
final class Node {
    final String name;
    final List<Node> children = new ArrayList<>(2);
    private StringBuilder text;

    Node(String name) {
        this.name = name;
    }

    void appendText(String chars) {
        if (!children.isEmpty()) {
            return; // ElementTree's "tail" text, which no XML-RPC reader looks at
        }
        if (text == null) {
            text = new StringBuilder(chars.length());
        }
        text.append(chars);
    }

    /** The leading character data, or null (ElementTree's None) when the element has none. */
    String text() {
        return text == null ? null : text.toString();
    }

    Node firstChild() throws XmlRpcParseException {
        if (children.isEmpty()) {
            throw new XmlRpcParseException(String.format(Messages.MISSING_CHILD, name));
        }
        return children.get(0);
    }
}
