package com.jobwise.export.adapters.rendering.ats;

import com.jobwise.export.domain.content.DocumentContent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The checks of {@link PdfAtsChecker} that measure the text layer's glyphs. Stateless. */
final class TextLayerChecks {
    /** Content strings shorter than this are too common to count (e.g. a skill inside a bullet). */
    static final int MIN_DUPLICATE_LENGTH = 8;
    /** A gap wider than this many font sizes between two glyphs of a line separates columns. */
    static final float COLUMN_GAP = 3f;
    static final float SMALL_TEXT = 8f;

    private TextLayerChecks() {
    }

    /** Content strings the text layer holds more often than the content does. */
    static AtsCheck duplicated(String haystack, List<List<String>> groups, DocumentContent content, double base,
                               double weight) {
        List<String> strings = new ArrayList<>();
        for (List<String> group : groups) {
            strings.addAll(group);
        }
        List<String> written = new ArrayList<>(strings);
        written.addAll(ExpectedText.extras(content));
        String all = String.join("\u0001", written);
        Set<String> distinct = new LinkedHashSet<>();
        for (String s : strings) {
            if (s.length() >= MIN_DUPLICATE_LENGTH) {
                distinct.add(s);
            }
        }
        List<String> doubled = new ArrayList<>();
        for (String s : distinct) {
            if (count(haystack, s) > count(all, s)) {
                doubled.add(s);
            }
        }
        if (doubled.isEmpty()) {
            return new AtsCheck("duplicated_text", true, "no content string is read more often than it was written", 0);
        }
        double deduction = PdfAtsChecker.round(Math.min(base + weight, base + weight * doubled.size() / distinct.size()));
        List<String> shown = doubled.stream().limit(3).map(s -> s.length() > 40 ? s.substring(0, 40) + "…" : s).toList();
        return new AtsCheck("duplicated_text", false, doubled.size() + " of " + distinct.size()
                + " content strings are read more often than written, e.g. " + String.join(" | ", shown), deduction);
    }

    /** The glyphs that print something (not blank): the ones the hidden-text and text-size checks count. */
    static List<TextLayerScan.Glyph> inked(List<TextLayerScan.Glyph> glyphs) {
        List<TextLayerScan.Glyph> inked = new ArrayList<>(glyphs.size());
        for (TextLayerScan.Glyph g : glyphs) {
            if (!g.text().isBlank()) {
                inked.add(g);
            }
        }
        return inked;
    }

    /** Glyphs in the text layer that no reader sees, among the {@link #inked} ones. */
    static AtsCheck hidden(List<TextLayerScan.Glyph> inked, double base, double weight) {
        List<TextLayerScan.Glyph> hidden = new ArrayList<>();
        long clipped = 0;
        for (TextLayerScan.Glyph g : inked) {
            if (!g.seen()) {
                hidden.add(g);
                clipped += g.clipped() ? 1 : 0;
            }
        }
        long total = inked.size();
        if (hidden.isEmpty()) {
            return new AtsCheck("hidden_text", true, "all " + total + " glyphs are drawn inside the page and visible", 0);
        }
        StringBuilder sample = new StringBuilder();
        for (TextLayerScan.Glyph g : hidden) {
            if (sample.length() >= 40) {
                break;
            }
            sample.append(g.text());
        }
        double deduction = PdfAtsChecker.round(base + weight * hidden.size() / Math.max(1, total));
        return new AtsCheck("hidden_text", false, hidden.size() + " of " + total + " glyphs cannot be seen ("
                + clipped + " clipped or off the page, " + (hidden.size() - clipped) + " invisible), e.g. \""
                + sample.toString().strip() + "\"", deduction);
    }

    /** Lines that hold text side by side: columns, sidebars, right-aligned table cells. */
    static AtsCheck singleColumn(List<TextLayerScan.Glyph> glyphs, double weight) {
        List<List<TextLayerScan.Glyph>> lines = TextLayerScan.lines(glyphs);
        int split = 0;
        // lines come page by page: a line is compared with the lines of its own page only
        for (int start = 0, end; start < lines.size(); start = end) {
            int page = lines.get(start).get(0).page();
            end = start + 1;
            while (end < lines.size() && lines.get(end).get(0).page() == page) {
                end++;
            }
            List<List<TextLayerScan.Glyph>> pageLines = lines.subList(start, end);
            for (List<TextLayerScan.Glyph> line : pageLines) {
                if (gapInside(line) || besideAnother(line, pageLines)) {
                    split++;
                }
            }
        }
        double share = lines.isEmpty() ? 0 : (double) split / lines.size();
        double deduction = PdfAtsChecker.round(weight * share);
        return new AtsCheck("single_column", split == 0, split + " of " + lines.size()
                + " text lines hold text side by side across a wide gap (columns or table cells)", deduction);
    }

    private static boolean gapInside(List<TextLayerScan.Glyph> line) {
        for (int i = 1; i < line.size(); i++) {
            TextLayerScan.Glyph a = line.get(i - 1);
            TextLayerScan.Glyph b = line.get(i);
            if (b.x() - (a.x() + a.width()) > COLUMN_GAP * Math.max(a.size(), b.size())) {
                return true;
            }
        }
        return false;
    }

    /** Whether another line of the page ({@code lines}) shares this one's band (within 0.6 font sizes) across a wide gap. */
    private static boolean besideAnother(List<TextLayerScan.Glyph> line, List<List<TextLayerScan.Glyph>> lines) {
        TextLayerScan.Glyph first = line.get(0);
        TextLayerScan.Glyph last = line.get(line.size() - 1);
        for (List<TextLayerScan.Glyph> other : lines) {
            TextLayerScan.Glyph o1 = other.get(0);
            TextLayerScan.Glyph o2 = other.get(other.size() - 1);
            if (other == line || o1.page() != first.page()
                    || Math.abs(o1.y() - first.y()) > 0.6f * Math.max(o1.size(), first.size())) {
                continue;
            }
            float gap = Math.max(o1.x() - (last.x() + last.width()), first.x() - (o2.x() + o2.width()));
            if (gap > COLUMN_GAP * Math.max(o1.size(), first.size()) * 0.5f) {
                return true;
            }
        }
        return false;
    }

    /** Glyphs smaller than {@value #SMALL_TEXT} points, among the {@link #inked} ones. */
    static AtsCheck textSize(List<TextLayerScan.Glyph> inked, double deduction) {
        long total = inked.size();
        long small = 0;
        for (TextLayerScan.Glyph g : inked) {
            small += g.size() < SMALL_TEXT ? 1 : 0;
        }
        double share = total == 0 ? 0 : (double) small / total;
        boolean passed = share <= 0.05;
        return new AtsCheck("text_size", passed, String.format(Locale.ROOT, "%.1f %% of the glyphs are smaller than %.0f pt",
                share * 100, SMALL_TEXT), passed ? 0 : deduction);
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }
}
