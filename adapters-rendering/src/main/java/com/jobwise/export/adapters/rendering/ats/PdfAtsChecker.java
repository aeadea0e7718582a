package com.jobwise.export.adapters.rendering.ats;

import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.template.Template;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores a produced PDF the way an applicant tracking system would meet it, from what it measures in
 * the file only: PDFBox reads every glyph with its position, size, clip and rendering mode
 * ({@link TextLayerScan}), the text is sorted by position (as layout-based parsers do) and compared
 * with the content. The score is 100 minus the deductions below (formula in {@code docs/ats-score.md}):
 *
 * <ul>
 *   <li>{@code text_recovered}: up to 30 points, by the share of content strings not found;</li>
 *   <li>{@code reading_order}: up to 10 points, by the share of found strings out of order within their block;</li>
 *   <li>{@code duplicated_text}: 3 points plus up to 12 by the share of content strings (8 characters or
 *       more) that the text layer holds more often than the content does;</li>
 *   <li>{@code hidden_text}: 5 points plus up to 10 by the share of glyphs drawn where no one sees them
 *       (outside the crop box or the clipping path, invisible rendering mode, zero size);</li>
 *   <li>{@code contact_email} 4 and {@code contact_phone} 3 points when missing from the text;</li>
 *   <li>{@code section_headings}: up to 6 points, by the share of standard headings not on a line of their own;</li>
 *   <li>{@code single_column}: up to 10 points, by the share of text lines that hold text side by side
 *       across a gap wider than three font sizes (columns, sidebars, right-aligned cells);</li>
 *   <li>{@code text_size}: 2 points when more than 5 % of the glyphs are smaller than 8 points;</li>
 *   <li>{@code page_count}: 2 points per page beyond 2 (resume) or 1 (cover letter), at most 6;</li>
 *   <li>{@code fonts_embedded} 5 points when a font is not embedded; {@code no_images} 2 points when
 *       the pages carry images.</li>
 * </ul>
 *
 * Stateless and thread-safe; about as fast as loading the PDF and extracting its text (3-4 ms of CPU for a
 * two-page resume; fonts are parsed once per document, see {@link TextLayerScan#keepFonts}).
 */
public final class PdfAtsChecker {
    private static final double TEXT_WEIGHT = 30;
    private static final double ORDER_WEIGHT = 10;
    private static final double DUPLICATE_BASE = 3;
    private static final double DUPLICATE_WEIGHT = 12;
    private static final double HIDDEN_BASE = 5;
    private static final double HIDDEN_WEIGHT = 10;
    private static final double EMAIL_DEDUCTION = 4;
    private static final double PHONE_DEDUCTION = 3;
    private static final double HEADINGS_WEIGHT = 6;
    private static final double COLUMNS_WEIGHT = 10;
    private static final double SMALL_TEXT_DEDUCTION = 2;
    private static final double PAGE_DEDUCTION = 2;
    private static final double MAX_PAGE_DEDUCTION = 6;
    private static final double FONT_DEDUCTION = 5;
    private static final double IMAGE_DEDUCTION = 2;

    /**
     * Checks {@code pdf}, produced from {@code content} (with {@code template}, which the score no
     * longer depends on: it is kept for callers that report it).
     *
     * @throws IOException when the bytes are not a readable PDF
     */
    public AtsReport check(byte[] pdf, DocumentContent content, Template template) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // fonts read once: kept in the document's cache, read first here, found there by the scan
            TextLayerScan.keepFonts(document);
            List<AtsCheck> resources = resourceChecks(document);
            TextLayerScan.Result scan = TextLayerScan.scan(document);
            String text = scan.text();
            String haystack = ExpectedText.key(text);
            List<List<String>> groups = ExpectedText.groups(content);
            List<TextLayerScan.Glyph> inked = TextLayerChecks.inked(scan.glyphs());
            List<AtsCheck> checks = new ArrayList<>();
            checks.addAll(textChecks(haystack, groups));
            checks.add(TextLayerChecks.duplicated(haystack, groups, content, DUPLICATE_BASE, DUPLICATE_WEIGHT));
            checks.add(TextLayerChecks.hidden(inked, HIDDEN_BASE, HIDDEN_WEIGHT));
            checks.add(contact("contact_email", "email", content.header().email(), haystack, EMAIL_DEDUCTION));
            checks.add(contact("contact_phone", "phone number", content.header().phone(), haystack, PHONE_DEDUCTION));
            checks.add(headings(text, content));
            checks.add(TextLayerChecks.singleColumn(scan.glyphs(), COLUMNS_WEIGHT));
            checks.add(TextLayerChecks.textSize(inked, SMALL_TEXT_DEDUCTION));
            int pages = document.getNumberOfPages();
            checks.add(pageCount(pages, content.documentType()));
            checks.addAll(resources);
            double deducted = checks.stream().mapToDouble(AtsCheck::deduction).sum();
            double score = Math.max(0, Math.min(100, 100 - deducted));
            return new AtsReport(round(score), checks, pages);
        }
    }

    /** Text recovered and reading order, from the keyed text layer {@code haystack}. */
    private static List<AtsCheck> textChecks(String haystack, List<List<String>> groups) {
        int expected = 0;
        int found = 0;
        int inOrder = 0;
        List<String> missing = new ArrayList<>();
        for (List<String> group : groups) {
            int cursor = 0;
            for (String needle : group) {
                expected++;
                int at = haystack.indexOf(needle, cursor);
                if (at >= 0) {
                    found++;
                    inOrder++;
                    cursor = at + needle.length();
                } else if (haystack.contains(needle)) {
                    found++;
                } else if (missing.size() < 3) {
                    missing.add(needle.length() > 40 ? needle.substring(0, 40) + "…" : needle);
                }
            }
        }
        double recovered = expected == 0 ? 1 : (double) found / expected;
        double ordered = found == 0 ? 1 : (double) inOrder / found;
        double textDeduction = round(TEXT_WEIGHT * (1 - recovered));
        double orderDeduction = round(ORDER_WEIGHT * (1 - ordered));
        String textDetail = found + " of " + expected + " content strings recovered from the text layer"
                + (missing.isEmpty() ? "" : "; missing e.g. " + String.join(" | ", missing));
        String orderDetail = inOrder + " of " + found + " recovered strings in reading order within their section";
        return List.of(new AtsCheck("text_recovered", textDeduction == 0, textDetail, textDeduction),
                new AtsCheck("reading_order", orderDeduction == 0, orderDetail, orderDeduction));
    }

    private static AtsCheck contact(String name, String what, String value, String haystack, double deduction) {
        String key = ExpectedText.key(value);
        if (key.isEmpty()) {
            return new AtsCheck(name, false, "no " + what + " in the header", deduction);
        }
        boolean present = haystack.contains(key);
        return new AtsCheck(name, present, present ? what + " found in the text layer" : what + " not found in the text layer",
                present ? 0 : deduction);
    }

    private static AtsCheck headings(String text, DocumentContent content) {
        List<String> expected = ExpectedText.headings(content);
        if (expected.isEmpty()) {
            return new AtsCheck("section_headings", true, "no resume sections to head", 0);
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(ExpectedText.key(line).toLowerCase(Locale.ROOT));
        }
        List<String> missing = new ArrayList<>();
        for (String heading : expected) {
            if (!lines.contains(ExpectedText.key(heading).toLowerCase(Locale.ROOT))) {
                missing.add(heading);
            }
        }
        double deduction = round(HEADINGS_WEIGHT * missing.size() / expected.size());
        String detail = (expected.size() - missing.size()) + " of " + expected.size()
                + " standard section headings stand on a line of their own"
                + (missing.isEmpty() ? "" : "; not found alone: " + String.join(", ", missing));
        return new AtsCheck("section_headings", missing.isEmpty(), detail, deduction);
    }

    private static AtsCheck pageCount(int pages, DocumentType type) {
        int limit = type == DocumentType.COVER_LETTER ? 1 : 2;
        double deduction = Math.min(MAX_PAGE_DEDUCTION, PAGE_DEDUCTION * Math.max(0, pages - limit));
        return new AtsCheck("page_count", deduction == 0,
                pages + (pages == 1 ? " page" : " pages") + " (recommended at most " + limit + ")", deduction);
    }

    private static List<AtsCheck> resourceChecks(PDDocument document) throws IOException {
        int fonts = 0;
        List<String> notEmbedded = new ArrayList<>();
        int images = 0;
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font == null) {
                    continue;
                }
                fonts++;
                if (!font.isEmbedded() && !notEmbedded.contains(font.getName())) {
                    notEmbedded.add(font.getName());
                }
            }
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    images++;
                }
            }
        }
        AtsCheck fontCheck = new AtsCheck("fonts_embedded", notEmbedded.isEmpty(),
                notEmbedded.isEmpty() ? "all " + fonts + " font uses embedded" : "not embedded: " + String.join(", ", notEmbedded),
                notEmbedded.isEmpty() ? 0 : FONT_DEDUCTION);
        AtsCheck imageCheck = new AtsCheck("no_images", images == 0,
                images == 0 ? "no images; all text is real text" : images + " image(s) on the pages", images == 0 ? 0 : IMAGE_DEDUCTION);
        return List.of(fontCheck, imageCheck);
    }

    static double round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
