package com.jobwise.export.adapters.rendering.docx;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Re-opens a produced DOCX with POI and reads its body back in reading order: every paragraph
 * of the body, of table cells and of content controls, with its style, bullet numbering,
 * highlighting, the content controls around it and the comments anchored on it.
 */
final class DocxInspector implements AutoCloseable {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** One paragraph as a reader meets it. */
    record Para(String style, String text, String numId, boolean inTable, List<String> contentControls,
            boolean highlighted, boolean anyHighlight, List<String> commentIds) {
        boolean bullet() {
            return numId != null;
        }
    }

    final XWPFDocument document;
    final List<Para> paragraphs = new ArrayList<>();
    private int tables;

    private DocxInspector(byte[] bytes) {
        try {
            document = new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (var in = document.getPackagePart().getInputStream()) {
            Element root = OoxmlPackageCheck.parse(in.readAllBytes()).getDocumentElement();
            walk(children(root, "body").getFirst(), false, List.of());
        } catch (Exception e) {
            throw new IllegalStateException("word/document.xml does not parse", e);
        }
    }

    /** Opens {@code bytes}; fails if POI cannot read them. */
    static DocxInspector open(byte[] bytes) {
        return new DocxInspector(bytes);
    }

    /** The body text, one line per paragraph. */
    String text() {
        return paragraphs.stream().map(Para::text).collect(Collectors.joining("\n"));
    }

    /** Tables anywhere in the body, nested ones included. */
    int tableCount() {
        return tables;
    }

    /** The comments part, by id. */
    Map<String, String> comments() {
        XWPFComment[] all = document.getComments();
        if (all == null) {
            return Map.of();
        }
        return java.util.Arrays.stream(all).collect(Collectors.toMap(XWPFComment::getId,
                c -> c.getParagraphs().stream().map(p -> p.getText()).collect(Collectors.joining("\n")),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The paragraphs each comment is anchored on, by comment id. */
    Map<String, Para> commentAnchors() {
        Map<String, Para> anchors = new java.util.LinkedHashMap<>();
        for (Para p : paragraphs) {
            for (String id : p.commentIds()) {
                anchors.put(id, p);
            }
        }
        return anchors;
    }

    /** The paragraphs inside content controls tagged {@code tag}. */
    List<Para> inContentControl(String tag) {
        return paragraphs.stream().filter(p -> p.contentControls().contains(tag)).toList();
    }

    /** The raw XML of the main document part. */
    String documentXml() {
        try (var in = document.getPackagePart().getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void walk(Element parent, boolean inTable, List<String> controls) {
        for (Element child : children(parent)) {
            switch (child.getLocalName()) {
                case "p" -> paragraph(child, inTable, controls);
                case "tbl" -> {
                    tables++;
                    for (Element row : children(child, "tr")) {
                        for (Element cell : children(row, "tc")) {
                            walk(cell, true, controls);
                        }
                    }
                }
                case "sdt" -> {
                    String tag = null;
                    for (Element pr : children(child, "sdtPr")) {
                        for (Element t : children(pr, "tag")) {
                            tag = t.getAttributeNS(W, "val");
                        }
                    }
                    List<String> inner = new ArrayList<>(controls);
                    inner.add(tag);
                    for (Element content : children(child, "sdtContent")) {
                        walk(content, inTable, inner);
                    }
                }
                default -> {
                }
            }
        }
    }

    private void paragraph(Element p, boolean inTable, List<String> controls) {
        String style = null;
        String numId = null;
        for (Element pPr : children(p, "pPr")) {
            for (Element s : children(pPr, "pStyle")) {
                style = s.getAttributeNS(W, "val");
            }
            for (Element numPr : children(pPr, "numPr")) {
                for (Element n : children(numPr, "numId")) {
                    numId = n.getAttributeNS(W, "val");
                }
            }
        }
        StringBuilder text = new StringBuilder();
        boolean[] highlight = {true, false};
        List<String> comments = new ArrayList<>();
        runs(p, text, highlight, comments);
        boolean hasText = !text.isEmpty();
        paragraphs.add(new Para(style, text.toString(), numId, inTable, List.copyOf(controls),
                hasText && highlight[0], highlight[1], comments));
    }

    private void runs(Element parent, StringBuilder text, boolean[] highlight, List<String> comments) {
        for (Element child : children(parent)) {
            switch (child.getLocalName()) {
                case "r" -> {
                    boolean runHighlight = false;
                    StringBuilder runText = new StringBuilder();
                    for (Element part : children(child)) {
                        switch (part.getLocalName()) {
                            case "rPr" -> runHighlight = !children(part, "highlight").isEmpty();
                            case "t" -> runText.append(part.getTextContent());
                            case "tab" -> runText.append('\t');
                            case "br", "cr" -> runText.append('\n');
                            default -> {
                            }
                        }
                    }
                    if (!runText.isEmpty()) {
                        highlight[0] &= runHighlight;
                        highlight[1] |= runHighlight;
                    }
                    text.append(runText);
                }
                case "hyperlink", "smartTag", "ins", "fldSimple" -> runs(child, text, highlight, comments);
                case "commentRangeStart" -> comments.add(child.getAttributeNS(W, "id"));
                default -> {
                }
            }
        }
    }

    static List<Element> children(Element parent) {
        return children(parent, null);
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI())
                    && (localName == null || localName.equals(e.getLocalName()))) {
                out.add(e);
            }
        }
        return out;
    }

    /** Index of {@code items} by {@code key}. */
    static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, t -> t, (a, b) -> a));
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
