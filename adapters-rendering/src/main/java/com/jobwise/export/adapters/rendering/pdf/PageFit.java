package com.jobwise.export.adapters.rendering.pdf;

import com.jobwise.export.domain.template.Margins;
import com.jobwise.export.domain.template.TemplateOptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The option {@code max_pages}: the ways a document may be tightened to fit, in the order they are
 * tried, each within the template's limits, and the report of what was changed.
 *
 * <p>Order: line spacing down to 1.0 in steps of 0.1; then every margin down to 0.5 inch in steps of
 * 0.25 (margins already below 0.5 stay); then the font size down to 9 points one point at a time.
 * Each step keeps the previous ones.
 */
final class PageFit {
    static final double MIN_SPACING = 1.0;
    static final double MIN_MARGIN = 0.5;
    static final int MIN_FONT = 9;

    private PageFit() {
    }

    /** The candidate options after {@code start}, tightest last. */
    static List<TemplateOptions> steps(TemplateOptions start) {
        List<TemplateOptions> out = new ArrayList<>();
        double spacing = start.lineSpacing();
        Margins m = start.margins();
        int size = start.fontSize();
        while (spacing > MIN_SPACING + 1e-9) {
            spacing = Math.max(MIN_SPACING, round(spacing - 0.1));
            out.add(start.withLayout(size, spacing, m));
        }
        while (m.top() > MIN_MARGIN || m.bottom() > MIN_MARGIN || m.left() > MIN_MARGIN || m.right() > MIN_MARGIN) {
            m = new Margins(shrink(m.top()), shrink(m.bottom()), shrink(m.left()), shrink(m.right()));
            out.add(start.withLayout(size, spacing, m));
        }
        while (size > MIN_FONT) {
            size--;
            out.add(start.withLayout(size, spacing, m));
        }
        return out;
    }

    /**
     * The {@code fit_to_pages} report: {@code max_pages}, {@code pages}, {@code fits} and
     * {@code changed} (each changed option with {@code from} and {@code to}).
     */
    static Map<String, Object> report(TemplateOptions requested, TemplateOptions used, int pages) {
        Map<String, Object> changed = new LinkedHashMap<>();
        if (requested.lineSpacing() != used.lineSpacing()) {
            changed.put("line_spacing", Map.of("from", requested.lineSpacing(), "to", used.lineSpacing()));
        }
        if (!requested.margins().equals(used.margins())) {
            changed.put("margins", Map.of("from", margins(requested.margins()), "to", margins(used.margins())));
        }
        if (requested.fontSize() != used.fontSize()) {
            changed.put("font_size", Map.of("from", requested.fontSize(), "to", used.fontSize()));
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("max_pages", requested.maxPages());
        report.put("pages", pages);
        report.put("fits", pages <= requested.maxPages());
        report.put("changed", changed);
        return report;
    }

    /** The warning for a document that does not fit even at the template's tightest settings. */
    static String warning(int maxPages, int pages) {
        return "The document needs " + pages + " pages even at line spacing " + MIN_SPACING + ", margins of "
                + MIN_MARGIN + " inch and font size " + MIN_FONT + "; max_pages " + maxPages
                + " cannot be met. Shorten the content to fit.";
    }

    private static Map<String, Object> margins(Margins m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("top", m.top());
        out.put("bottom", m.bottom());
        out.put("left", m.left());
        out.put("right", m.right());
        return out;
    }

    private static double shrink(double margin) {
        return margin <= MIN_MARGIN ? margin : Math.max(MIN_MARGIN, round(margin - 0.25));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
