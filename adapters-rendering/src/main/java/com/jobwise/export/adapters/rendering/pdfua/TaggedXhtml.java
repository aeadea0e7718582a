package com.jobwise.export.adapters.rendering.pdfua;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;

/**
 * Adjusts the shared templates' XHTML for the tagged renderer only; the Flying Saucer output is
 * untouched. openhtmltopdf derives the PDF structure tree from element names, so:
 * <ul>
 *   <li>the person's name (the element of class {@code name}) becomes the document's {@code <h1>}:
 *       PDF/UA-1 (7.4.2) wants H1 first when headings are used. A lowest-specificity rule, put before
 *       the template's CSS, takes away the user-agent look of {@code h1} so the template's own
 *       {@code .name} rule decides, as it does for the {@code div}. A heading laid out before the
 *       name (creative's sidebar, which comes first in the markup) becomes an {@code h1} too, with the
 *       class {@code tagged-hN} its template styles like the original {@code hN};</li>
 *   <li>every link without a {@code title} gets its text as one, which openhtmltopdf writes as the
 *       link annotation's {@code /Contents} (its alternative description);</li>
 *   <li>every section heading ({@code h2}) gets an id and a bookmark, so the PDF has an outline.</li>
 * </ul>
 * Stateless.
 */
final class TaggedXhtml {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** Author-level, lowest specificity: any template rule on the same element wins. */
    private static final String NEUTRAL_H1 = "h1 { margin: 0; padding: 0; font-size: inherit; font-weight: inherit; }\n";

    private TaggedXhtml() {
    }

    /** Applies the adjustments to {@code document} in place. */
    static void apply(Document document) {
        Element html = document.getDocumentElement();
        Element head = child(html, "head");
        Element body = child(html, "body");
        if (head == null || body == null) {
            return;
        }
        List<Element> all = new ArrayList<>();
        collect(body, all);
        boolean hasH1 = all.stream().anyMatch(e -> "h1".equals(e.getLocalName()));
        Element name = all.stream().filter(e -> hasClass(e, "name")).findFirst().orElse(null);
        if (!hasH1 && name != null) {
            for (Element e : all) {
                if (e == name) {
                    break;
                }
                String level = e.getLocalName();
                if (level.length() == 2 && level.charAt(0) == 'h' && level.charAt(1) >= '2' && level.charAt(1) <= '6') {
                    // a heading laid out before the name (creative's sidebar): H1 as well, styled by
                    // the template's "tagged-hN" selector
                    e.setAttribute("class", (e.getAttribute("class") + " tagged-" + level).strip());
                    document.renameNode(e, XHTML, "h1");
                }
            }
            document.renameNode(name, XHTML, "h1");
            Element style = document.createElementNS(XHTML, "style");
            style.setAttribute("type", "text/css");
            style.setTextContent(NEUTRAL_H1);
            head.insertBefore(style, head.getFirstChild());
        }
        Element bookmarks = document.createElementNS(XHTML, "bookmarks");
        int n = 0;
        for (Element e : all) {
            if ("a".equals(e.getLocalName()) && e.hasAttribute("href") && !e.hasAttribute("title")) {
                e.setAttribute("title", e.getTextContent().strip());
            } else if ("h2".equals(e.getLocalName()) && !e.getTextContent().isBlank()) {
                String id = e.hasAttribute("id") ? e.getAttribute("id") : "section-" + (++n);
                e.setAttribute("id", id);
                Element bookmark = document.createElementNS(XHTML, "bookmark");
                bookmark.setAttribute("name", e.getTextContent().strip());
                bookmark.setAttribute("href", "#" + id);
                bookmarks.appendChild(bookmark);
            }
        }
        if (bookmarks.hasChildNodes()) {
            head.appendChild(bookmarks);
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static void collect(Element element, List<Element> out) {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e) {
                out.add(e);
                collect(e, out);
            }
        }
    }

    private static boolean hasClass(Element e, String name) {
        for (String token : e.getAttribute("class").split("\\s+")) {
            if (token.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
