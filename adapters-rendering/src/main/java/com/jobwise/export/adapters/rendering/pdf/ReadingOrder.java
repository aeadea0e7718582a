package com.jobwise.export.adapters.rendering.pdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Makes Flying Saucer paint text in reading order. Stateless. */
final class ReadingOrder {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private ReadingOrder() {
    }

    /** A word with a typographic apostrophe inside (c’est, l’équipe, TechCorp’s). */
    private static final Pattern ELISION = Pattern.compile("[\\p{L}\\p{N}]+\u2019[\\p{L}\\p{N}]+");

    /** Applies {@link #keepElisions} and then {@link #wrap} to the whole document. */
    static void apply(Document document) {
        keepElisions(document, document.getDocumentElement());
        wrap(document, document.getDocumentElement());
    }

    /**
     * Flying Saucer may break a line after U+2019 (c’ / est); a word holding one is set in a no-break
     * span ({@code class="nb"}, an inline block that does not wrap) so the word stays whole.
     */
    static void keepElisions(Document document, Element element) {
        if ("style".equals(element.getLocalName()) || "title".equals(element.getLocalName())
                || "head".equals(element.getLocalName())) {
            return;
        }
        for (Node n = element.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n instanceof Element child) {
                keepElisions(document, child);
            } else if (n.getNodeType() == Node.TEXT_NODE && n.getNodeValue().indexOf('\u2019') >= 0
                    && !"nb".equals(element.getAttribute("class"))) {
                split(document, element, n);
            }
            n = next;
        }
    }

    private static void split(Document document, Element parent, Node text) {
        String value = text.getNodeValue();
        Matcher m = ELISION.matcher(value);
        int last = 0;
        boolean found = false;
        while (m.find()) {
            found = true;
            if (m.start() > last) {
                parent.insertBefore(document.createTextNode(value.substring(last, m.start())), text);
            }
            Element span = document.createElementNS(XHTML, "span");
            span.setAttribute("class", "nb");
            span.appendChild(document.createTextNode(m.group()));
            parent.insertBefore(span, text);
            last = m.end();
        }
        if (found) {
            if (last < value.length()) {
                parent.insertBefore(document.createTextNode(value.substring(last)), text);
            }
            parent.removeChild(text);
        }
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
