package com.jobwise.export.adapters.rendering.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Makes Flying Saucer paint text in reading order. Stateless. */
final class ReadingOrder {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private ReadingOrder() {
    }

    /** Applies {@link #wrap} to the whole document. */
    static void apply(Document document) {
        wrap(document, document.getDocumentElement());
    }

    /**
     * Wraps every text node that has element siblings in its own {@code <span>}. Flying Saucer paints
     * an element's own text runs and its inline children in separate passes, so in mixed content
     * ({@code a <span>b</span> c}) the content stream would not follow the reading order; once every
     * run is an inline element of its own, paint order is document order, which is what text
     * extractors (and the ATS parsers built on them) read.
     */
    static void wrap(Document document, Element element) {
        boolean hasElements = false;
        boolean hasText = false;
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                hasElements = true;
                wrap(document, child);
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                hasText = true;
            }
        }
        if (!hasElements || !hasText || "style".equals(element.getLocalName()) || "title".equals(element.getLocalName())) {
            return;
        }
        for (Node n = element.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                Element span = document.createElementNS(XHTML, "span");
                element.replaceChild(span, n);
                span.appendChild(n);
            }
            n = next;
        }
    }

}
