package com.jobwise.export.adapters.rendering.docx;

import java.util.Locale;

/**
 * Maps the spec's font families to the names Word, LibreOffice and Google Docs know. Helvetica is
 * not installed on Windows and Word does not substitute it well, so it becomes Arial (metrically
 * the same); Times becomes Times New Roman.
 */
final class FontNames {
    private FontNames() {
    }

    /** The Word font name for {@code family}; {@code fallback} for an unknown or missing family. */
    static String word(String family, String fallback) {
        if (family == null) {
            return fallback;
        }
        return switch (family.strip().toLowerCase(Locale.ROOT)) {
            case "helvetica", "arial" -> "Arial";
            case "calibri" -> "Calibri";
            case "times", "times new roman" -> "Times New Roman";
            case "georgia" -> "Georgia";
            default -> fallback;
        };
    }

    /**
     * The height of one "single" Word line of {@code wordFont}, in em: the font's ascent plus
     * descent (OS/2 winAscent + winDescent). A CSS line-height of L em is Word's "multiple"
     * L divided by this value.
     */
    static double singleLineEm(String wordFont) {
        return switch (wordFont) {
            case "Times New Roman" -> 1.107;
            case "Calibri" -> 1.221;
            case "Georgia" -> 1.136;
            default -> 1.117;
        };
    }
}
