package com.jobwise.export.domain.template;

/** Page margins in inches (spec: {@code margins.top/bottom/left/right}). */
public record Margins(double top, double bottom, double left, double right) {
    /** The same margin on all four sides. */
    public static Margins uniform(double inches) {
        return new Margins(inches, inches, inches, inches);
    }
}
