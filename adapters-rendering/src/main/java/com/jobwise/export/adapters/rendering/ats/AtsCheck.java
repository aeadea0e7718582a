package com.jobwise.export.adapters.rendering.ats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One check of a produced PDF.
 *
 * @param name      stable identifier, e.g. {@code text_recovered}
 * @param passed    whether nothing was deducted
 * @param detail    what the check found, for a human
 * @param deduction points taken off the template's published score (0 when passed)
 */
public record AtsCheck(String name, boolean passed, String detail, double deduction) {

    /** This check as a JSON-ready map: {@code name, passed, detail, deduction}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("passed", passed);
        m.put("detail", detail);
        m.put("deduction", deduction);
        return m;
    }
}
