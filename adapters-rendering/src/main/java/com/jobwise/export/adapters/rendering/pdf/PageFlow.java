package com.jobwise.export.adapters.rendering.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Layout corrections that need a first layout to measure: they change the XHTML DOM, and the
 * caller lays it out again. Stateless.
 *
 * <ul>
 *   <li>{@link #splitSidebar}: the creative template sets a sidebar beside the main column in a
 *       table; a table cell carried to the next page would leave an empty tinted box there. The main
 *       column's blocks that do not end on page 1 move after the table, where they use the full
 *       width from page 2 on.</li>
 *   <li>{@link #balanceLetter}: a one-page cover letter is spread vertically like a business
 *       letter: part of the free space above the date, a little between paragraphs, the rest below.</li>
 * </ul>
 */
final class PageFlow {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** Share of a letter's free space put above the date. */
    private static final double LETTER_TOP = 0.38;
    /** Share of a letter's free space spread between its paragraphs. */
    private static final double LETTER_GAPS = 0.17;

    private PageFlow() {
    }

    /**
     * Moves the main column's content that does not fit on page 1 after the sidebar table.
     *
     * @return whether the DOM changed (lay it out again)
     */
    static boolean splitSidebar(Document dom, BlockBox root, List<PageBox> pages) {
        Element side = find(dom.getDocumentElement(), "td", "side");
        Element main = find(dom.getDocumentElement(), "td", "main");
        if (side == null || main == null || pages.size() < 2) {
            return false;
        }
        Map<Element, Integer> bottoms = new HashMap<>();
        collectBottoms(root, bottoms);
        int pageBottom = pages.get(0).getBottom();
        if (contentBottom(side, bottoms) > pageBottom) {
            return false; // the sidebar itself continues on page 2: the table goes on, with content
        }
        List<Element> units = new ArrayList<>();
        units(main, units);
        Element cut = null;
        for (int i = 1; i < units.size(); i++) {
            Integer bottom = bottoms.get(units.get(i));
            if (bottom != null && bottom > pageBottom) {
                cut = units.get(i);
                break;
            }
        }
        if (cut == null) {
            return false;
        }
        Element table = ancestor(main, "table");
        Element rest = dom.createElementNS(XHTML, "div");
        rest.setAttribute("class", "main-cont");
        rest.setAttribute("style", "page-break-before: always;");
        for (Node n : tailFrom(cut, main)) {
            rest.appendChild(n);
        }
        table.getParentNode().insertBefore(rest, table.getNextSibling());
        return true;
    }

    /**
     * Spreads a one-page letter's free space: {@value #LETTER_TOP} of it above the date and
     * {@value #LETTER_GAPS} between the paragraphs (at most one line per gap).
     *
     * @param dotsPerPoint layout units per PDF point
     * @return whether the DOM changed (lay it out again)
     */
    static boolean balanceLetter(Document dom, BlockBox root, List<PageBox> pages, float dotsPerPoint) {
        Element letter = find(dom.getDocumentElement(), "div", "letter");
        if (letter == null || pages.size() != 1) {
            return false;
        }
        Map<Element, Integer> bottoms = new HashMap<>();
        collectBottoms(root, bottoms);
        int bottom = contentBottom(letter, bottoms);
        double free = (pages.get(0).getBottom() - bottom) / dotsPerPoint;
        if (free < 36) {
            return false;
        }
        List<Element> paragraphs = new ArrayList<>();
        for (Node n = letter.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && hasClass(e, "para") && e.getNextSibling() != null) {
                paragraphs.add(e);
            }
        }
        letter.insertBefore(spacer(dom, free * LETTER_TOP), letter.getFirstChild());
        if (!paragraphs.isEmpty()) {
            double gap = Math.min(14, free * LETTER_GAPS / paragraphs.size());
            for (Element p : paragraphs) {
                letter.insertBefore(spacer(dom, gap), p.getNextSibling());
            }
        }
        return true;
    }

    private static Element spacer(Document dom, double points) {
        Element div = dom.createElementNS(XHTML, "div");
        div.setAttribute("class", "spacer");
        div.setAttribute("style", String.format(Locale.ROOT, "height: %.1fpt; margin: 0; padding: 0;", points));
        return div;
    }

    /**
     * The blocks of the main column where a page may end: a kept block, a paragraph, a list item of
     * a list that may break, a table; other divs and lists are looked into.
     */
    private static void units(Element parent, List<Element> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            String tag = e.getLocalName();
            if (!hasClass(e, "keep") && ("div".equals(tag) || "ul".equals(tag))) {
                units(e, out);
            } else {
                out.add(e);
            }
        }
    }

    /**
     * Detaches {@code from} and everything after it inside {@code top}, keeping the structure: each
     * ancestor between them is copied (shallow, same attributes) to hold its moved children.
     */
    private static List<Node> tailFrom(Node from, Element top) {
        Node level = from.getParentNode();
        List<Node> result = detachFrom(from);
        while (level != top) {
            Element copy = (Element) level.cloneNode(false);
            for (Node n : result) {
                copy.appendChild(n);
            }
            Node parent = level.getParentNode();
            List<Node> later = detachFrom(level.getNextSibling());
            result = new ArrayList<>();
            result.add(copy);
            result.addAll(later);
            level = parent;
        }
        return result;
    }

    private static List<Node> detachFrom(Node n) {
        List<Node> out = new ArrayList<>();
        while (n != null) {
            Node next = n.getNextSibling();
            n.getParentNode().removeChild(n);
            out.add(n);
            n = next;
        }
        return out;
    }

    private static void collectBottoms(Box box, Map<Element, Integer> bottoms) {
        if (box.getElement() != null && !box.isAnonymous()) {
            bottoms.merge(box.getElement(), box.getAbsY() + box.getHeight(), Math::max);
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collectBottoms(box.getChild(i), bottoms);
        }
    }

    /** The lowest bottom edge of the laid-out descendants of {@code e} (their content, not e's own height). */
    private static int contentBottom(Element e, Map<Element, Integer> bottoms) {
        int max = 0;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                Integer b = bottoms.get(child);
                max = Math.max(max, Math.max(b == null ? 0 : b, contentBottom(child, bottoms)));
            }
        }
        return max;
    }

    private static Element find(Element e, String tag, String cls) {
        if (tag.equals(e.getLocalName()) && hasClass(e, cls)) {
            return e;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                Element found = find(child, tag, cls);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Element ancestor(Element e, String tag) {
        Node n = e.getParentNode();
        while (n instanceof Element p && !tag.equals(p.getLocalName())) {
            n = p.getParentNode();
        }
        return (Element) n;
    }

    static boolean hasClass(Element e, String cls) {
        for (String c : e.getAttribute("class").split("\\s+")) {
            if (c.equals(cls)) {
                return true;
            }
        }
        return false;
    }
}
