package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.adapters.rendering.ats.AtsCheck;
import com.jobwise.export.adapters.rendering.text.Headings;
import com.jobwise.export.adapters.rendering.text.Wording;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ATS score of a produced DOCX, computed only from the file read back with POI, as an ATS
 * reads it: the body's paragraphs in document order (table cells row by row, left cell first).
 * The score starts at 100 and loses points for what the checks measure:
 *
 * <ul>
 *   <li>{@code text_once}: up to 40 points, by the share of content strings not found exactly as
 *       often as the content holds them (missing, or duplicated);</li>
 *   <li>{@code reading_order}: up to 15 points, by the share of found strings out of order within
 *       their block (header, each section, the letter);</li>
 *   <li>{@code section_headings}: up to 15 points, by the share of structured sections whose
 *       standard heading (in the document's language) is not a paragraph of its own in a heading
 *       style;</li>
 *   <li>{@code contact_email} 5 and {@code contact_phone} 5 points when the body lacks them (text
 *       in page headers is skipped by many parsers);</li>
 *   <li>{@code no_text_boxes} 10 points when text sits in text boxes or shapes; {@code no_images}
 *       5 points for drawings or pictures; {@code no_layout_tables} 5 points for layout tables.</li>
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class DocxAtsChecker {
    private static final double TEXT_WEIGHT = 40;
    private static final double ORDER_WEIGHT = 15;
    private static final double HEADINGS_WEIGHT = 15;
    private static final double CONTACT_DEDUCTION = 5;
    private static final double TEXT_BOX_DEDUCTION = 10;
    private static final double IMAGE_DEDUCTION = 5;
    private static final double TABLE_DEDUCTION = 5;
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxAtsChecker() {
    }

    /** The score (0 to 100, one decimal) and the checks behind it. */
    record Report(double score, List<AtsCheck> checks) {
        List<Map<String, Object>> checksAsMaps() {
            return checks.stream().map(AtsCheck::toMap).toList();
        }
    }

    /**
     * Checks {@code docx}, produced from {@code content} in {@code wording}'s language.
     *
     * @throws IOException when the bytes are not a readable DOCX
     */
    static Report check(byte[] docx, DocumentContent content, Wording wording) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> paragraphs = paragraphs(document);
            StringBuilder text = new StringBuilder();
            for (XWPFParagraph p : paragraphs) {
                text.append(normal(p.getText())).append('\n');
            }
            String body = text.toString();
            String xml = document.getDocument().xmlText();
            List<AtsCheck> checks = new ArrayList<>(textChecks(body, DocxContentStrings.groups(content),
                    DocxContentStrings.context(content)));
            checks.add(headings(paragraphs, content, wording));
            checks.add(contact("contact_email", "e-mail", content.header().email(), body));
            checks.add(contact("contact_phone", "phone number", content.header().phone(), body));
            boolean boxes = xml.contains("txbxContent") || xml.contains("<v:shape") || xml.contains("<wps:");
            checks.add(new AtsCheck("no_text_boxes", !boxes, boxes ? "text sits in text boxes or shapes"
                    : "no text box or shape", boxes ? TEXT_BOX_DEDUCTION : 0));
            boolean images = xml.contains("<w:drawing") || xml.contains("<w:pict") || !document.getAllPictures().isEmpty();
            checks.add(new AtsCheck("no_images", !images, images ? "the document carries drawings or pictures"
                    : "no drawing or picture", images ? IMAGE_DEDUCTION : 0));
            int tables = document.getTables().size();
            checks.add(new AtsCheck("no_layout_tables", tables == 0, tables == 0 ? "no layout table"
                    : tables + " layout table(s): some parsers read cells out of order", tables == 0 ? 0 : TABLE_DEDUCTION));
            double deducted = checks.stream().mapToDouble(AtsCheck::deduction).sum();
            double score = Math.max(0, Math.round((100 - deducted) * 10) / 10.0);
            return new Report(score, checks);
        }
    }

    /** Every paragraph of the body in document order: table cells and content controls included. */
    private static List<XWPFParagraph> paragraphs(XWPFDocument document) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (XmlObject p : document.getDocument().getBody().selectPath(
                "declare namespace w='" + W + "' .//w:p")) {
            out.add(new XWPFParagraph((CTP) p, document));
        }
        return out;
    }

    private static List<AtsCheck> textChecks(String body, List<List<String>> groups, List<String> context) {
        List<String> shown = new ArrayList<>(groups.stream().flatMap(List::stream).toList());
        shown.addAll(context);
        String all = String.join("\n", shown);
        int total = 0;
        int wrong = 0;
        int ordered = 0;
        int pairs = 0;
        List<String> examples = new ArrayList<>();
        for (List<String> group : groups) {
            int last = -1;
            for (String s : group) {
                total++;
                int expected = count(all, s);
                int actual = count(body, s);
                if (actual != expected) {
                    wrong++;
                    if (examples.size() < 3) {
                        examples.add("'" + abbreviate(s) + "' " + actual + "x for " + expected + "x");
                    }
                }
                int at = find(body, s, Math.max(0, last));
                if (last >= 0 && actual > 0) {
                    pairs++;
                    if (at >= 0) {
                        ordered++;
                    }
                }
                if (at >= 0) {
                    last = at;
                } else if (actual > 0) {
                    last = find(body, s, 0);
                }
            }
        }
        double wrongShare = total == 0 ? 0 : (double) wrong / total;
        double orderShare = pairs == 0 ? 0 : (double) (pairs - ordered) / pairs;
        AtsCheck once = new AtsCheck("text_once", wrong == 0, wrong == 0
                ? "all " + total + " content strings appear exactly as often as in the content"
                : wrong + " of " + total + " content strings appear a wrong number of times: " + String.join("; ", examples),
                round(TEXT_WEIGHT * wrongShare));
        AtsCheck order = new AtsCheck("reading_order", ordered == pairs, ordered + " of " + pairs
                + " strings follow the one before them in reading order", round(ORDER_WEIGHT * orderShare));
        return List.of(once, order);
    }

    private static AtsCheck headings(List<XWPFParagraph> paragraphs, DocumentContent content, Wording wording) {
        if (!(content instanceof ResumeContent resume)) {
            return new AtsCheck("section_headings", true, "no resume sections to head", 0);
        }
        List<String> expected = new ArrayList<>();
        for (Section s : resume.sections()) {
            if (Headings.key(s) != null && !empty(s)) {
                expected.add(Headings.of(s, wording));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String heading : expected) {
            boolean found = paragraphs.stream().anyMatch(p -> normal(p.getText()).equalsIgnoreCase(heading)
                    && p.getStyleID() != null && p.getStyleID().startsWith("Heading"));
            if (!found) {
                missing.add(heading);
            }
        }
        double share = expected.isEmpty() ? 0 : (double) missing.size() / expected.size();
        return new AtsCheck("section_headings", missing.isEmpty(), missing.isEmpty()
                ? "all " + expected.size() + " standard headings are heading-styled paragraphs of their own"
                : "not found as heading paragraphs: " + String.join(", ", missing), round(HEADINGS_WEIGHT * share));
    }

    private static boolean empty(Section s) {
        return switch (s) {
            case Section.Summary sum -> sum.content() == null || sum.content().isBlank();
            case Section.Skills sk -> sk.categories().isEmpty();
            case Section.Experience e -> e.entries().isEmpty();
            case Section.Projects p -> p.entries().isEmpty();
            case Section.Education ed -> ed.entries().isEmpty();
            case Section.Text t -> true;
        };
    }

    private static AtsCheck contact(String name, String what, String value, String body) {
        if (value == null || value.isBlank()) {
            return new AtsCheck(name, true, "no " + what + " in the content", 0);
        }
        boolean found = body.contains(normal(value));
        return new AtsCheck(name, found, found ? "the " + what + " is in the body text"
                : "the " + what + " is not in the body text", found ? 0 : CONTACT_DEDUCTION);
    }

    /** Occurrences of {@code s} in {@code text} not inside a longer word. */
    static int count(String text, String s) {
        int n = 0;
        for (int at = find(text, s, 0); at >= 0; at = find(text, s, at + s.length())) {
            n++;
        }
        return n;
    }

    private static int find(String text, String s, int from) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(s) + "(?![\\p{L}\\p{N}])").matcher(text);
        return m.find(from) ? m.start() : -1;
    }

    static String normal(String s) {
        return s == null ? "" : SPACE.matcher(XmlText.clean(s)).replaceAll(" ").strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
