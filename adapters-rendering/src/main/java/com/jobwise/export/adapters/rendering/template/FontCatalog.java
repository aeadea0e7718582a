package com.jobwise.export.adapters.rendering.template;

import java.util.List;
import java.util.Locale;

/**
 * The open-licensed fonts shipped under {@code src/main/resources/fonts/} and the font a template
 * option ({@code font_family}) maps to. Metric-compatible faces stand in for the proprietary fonts
 * the spec names, so line breaks and page counts match what the user would see with the original:
 *
 * <table>
 *   <caption>font_family option to embedded family</caption>
 *   <tr><th>option</th><th>embedded family</th></tr>
 *   <tr><td>Helvetica, Arial</td><td>Liberation Sans (metric-compatible with Arial/Helvetica)</td></tr>
 *   <tr><td>Times New Roman, Times</td><td>Liberation Serif (metric-compatible with Times New Roman)</td></tr>
 *   <tr><td>Calibri</td><td>Carlito (metric-compatible with Calibri)</td></tr>
 *   <tr><td>Georgia</td><td>Noto Serif (no metric clone exists; a sturdy large-x-height serif)</td></tr>
 * </table>
 *
 * <p>DejaVu Sans is the fallback for characters the chosen family lacks (arrows, check marks,
 * stars, Armenian, Georgian, Hebrew...). See {@code docs/fonts.md}.
 */
public final class FontCatalog {

    /**
     * One font file.
     *
     * @param resource classpath resource name, e.g. {@code fonts/liberation/LiberationSans-Bold.ttf}
     * @param weight   CSS weight (400 regular, 700 bold)
     * @param italic   whether the face is italic
     */
    public record Face(String resource, int weight, boolean italic) {
    }

    /**
     * A family as CSS names it, with the faces shipped for it.
     *
     * @param cssName  the {@code font-family} name used in the generated CSS and registered with the PDF renderer
     * @param faces    the shipped faces; only the ones the templates use
     */
    public record Family(String cssName, List<Face> faces) {
        public Family {
            faces = List.copyOf(faces);
        }
    }

    private static final String ROOT = "fonts/";

    public static final Family LIBERATION_SANS = new Family("Liberation Sans", List.of(
            new Face(ROOT + "liberation/LiberationSans-Regular.ttf", 400, false),
            new Face(ROOT + "liberation/LiberationSans-Bold.ttf", 700, false)));

    public static final Family LIBERATION_SERIF = new Family("Liberation Serif", List.of(
            new Face(ROOT + "liberation/LiberationSerif-Regular.ttf", 400, false),
            new Face(ROOT + "liberation/LiberationSerif-Bold.ttf", 700, false),
            new Face(ROOT + "liberation/LiberationSerif-Italic.ttf", 400, true)));

    public static final Family CARLITO = new Family("Carlito", List.of(
            new Face(ROOT + "carlito/Carlito-Regular.ttf", 400, false),
            new Face(ROOT + "carlito/Carlito-Bold.ttf", 700, false)));

    public static final Family NOTO_SERIF = new Family("Noto Serif", List.of(
            new Face(ROOT + "noto/NotoSerif-Regular.ttf", 400, false),
            new Face(ROOT + "noto/NotoSerif-Bold.ttf", 700, false),
            new Face(ROOT + "noto/NotoSerif-Italic.ttf", 400, true)));

    /** Glyphs the chosen family lacks are set in this family. */
    public static final Family FALLBACK = new Family("DejaVu Sans", List.of(
            new Face(ROOT + "dejavu/DejaVuSans.ttf", 400, false)));

    private static final List<Family> ALL = List.of(LIBERATION_SANS, LIBERATION_SERIF, CARLITO, NOTO_SERIF, FALLBACK);

    private FontCatalog() {
    }

    /** Every shipped family, the fallback last. */
    public static List<Family> all() {
        return ALL;
    }

    /**
     * The embedded family for a {@code font_family} option value (case-insensitive); an unknown
     * name gets Liberation Sans.
     */
    public static Family forOption(String fontFamily) {
        String name = fontFamily == null ? "" : fontFamily.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "times new roman", "times" -> LIBERATION_SERIF;
            case "georgia" -> NOTO_SERIF;
            case "calibri" -> CARLITO;
            default -> LIBERATION_SANS;
        };
    }
}
