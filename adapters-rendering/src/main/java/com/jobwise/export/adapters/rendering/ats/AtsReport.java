package com.jobwise.export.adapters.rendering.ats;

import java.util.List;

/**
 * The ATS score of one produced PDF and the checks behind it (see {@code docs/ats-score.md}).
 *
 * @param score     0 to 100, one decimal: the template's published score minus every deduction
 * @param checks    the individual checks, in a fixed order
 * @param pageCount pages of the PDF as PDFBox reads them
 */
public record AtsReport(double score, List<AtsCheck> checks, int pageCount) {
    public AtsReport {
        checks = List.copyOf(checks);
    }

    /** The checks as JSON-ready maps, for {@code metadata.ats_checks}. */
    public List<java.util.Map<String, Object>> checksAsMaps() {
        return checks.stream().map(AtsCheck::toMap).toList();
    }
}
