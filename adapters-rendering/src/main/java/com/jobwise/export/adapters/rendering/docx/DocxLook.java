package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.domain.template.Margins;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;

import java.util.Locale;

/**
 * The resolved look of one DOCX: the template's character turned into Word units. Sizes are in
 * half-points (Word's {@code w:sz}), distances in twentieths of a point (twips, 1440 per inch),
 * colours are six hex digits without {@code #}.
 *
 * @param kind          which template family drives the layout
 * @param bodyFont      the Word font of the text
 * @param headingFont   the Word font of the name and headings (creative mixes a serif and a sans)
 * @param bodySize      half-points of the text (twice {@code font_size})
 * @param lineTwips     {@code w:spacing/@w:line} with rule {@code auto}, 240 being single spacing: the
 *                      spec's {@code line_spacing} is a CSS line height in em (as the PDF uses it),
 *                      so it is divided by the height of a single Word line of the font
 * @param textColor     body text colour
 * @param nameColor     colour of the person's name
 * @param headingColor  colour of section headings
 * @param subtleColor   colour of dates, places and other secondary lines
 * @param linkColor     colour of hyperlinks
 * @param ruleColor     colour of the rule under the header, {@code null} for none
 * @param sidebarFill   shading of the creative sidebar
 * @param accentColor   the second accent (creative: the secondary colour of heading bars)
 */
record DocxLook(
        Kind kind,
        String bodyFont,
        String headingFont,
        int bodySize,
        int lineTwips,
        String textColor,
        String nameColor,
        String headingColor,
        String subtleColor,
        String linkColor,
        String ruleColor,
        String sidebarFill,
        String accentColor,
        boolean headingBold,
        boolean headingUnderline,
        Margins margins,
        TemplateOptions.PageSize pageSize,
        int sidebarPercent,
        boolean pageNumbers) {

    /** The four template families. */
    enum Kind {
        MODERN, CLASSIC, CREATIVE, ATS;

        static Kind of(String templateId) {
            return switch (templateId == null ? "" : templateId) {
                case "classic" -> CLASSIC;
                case "creative" -> CREATIVE;
                case "ats-optimized" -> ATS;
                default -> MODERN;
            };
        }
    }

    private static final String BLACK = "000000";

    /** The look of {@code template} with {@code options} applied. */
    static DocxLook of(Template template, TemplateOptions options) {
        Kind kind = Kind.of(template.id());
        String fallback = kind == Kind.CLASSIC ? "Times New Roman" : "Arial";
        String body = FontNames.word(options.fontFamily(), FontNames.word(template.fonts().getFirst(), fallback));
        int size = options.fontSize() * 2;
        int line = (int) Math.round(240 * options.lineSpacing() / FontNames.singleLineEm(body));
        String accent = hex(options.accentColor(), "2563EB");
        String primary = hex(options.primaryColor(), "7C3AED");
        String secondary = hex(options.secondaryColor(), "0EA5E9");
        boolean bold = options.headerStyle().bold();
        boolean underline = options.headerStyle().underline();
        return switch (kind) {
            case MODERN -> new DocxLook(kind, body, body, size, line, "1F2937", "111827", accent, "4B5563", accent,
                    accent, null, accent, bold, underline, options.margins(), options.pageSize(), 0,
                    options.includePageNumbers());
            case CLASSIC -> new DocxLook(kind, body, body, size, line, BLACK, BLACK, BLACK, BLACK, BLACK, BLACK,
                    null, BLACK, bold, underline, options.margins(), options.pageSize(), 0, options.includePageNumbers());
            case CREATIVE -> new DocxLook(kind, body, body.equals("Georgia") ? "Arial" : "Georgia", size, line,
                    "1F2937", primary, primary, darken(secondary), primary, null, tint(primary, 0.9), secondary, bold,
                    underline, options.margins(), options.pageSize(), options.sidebarWidth(),
                    options.includePageNumbers());
            case ATS -> new DocxLook(kind, body, body, size, line, BLACK, BLACK, BLACK, BLACK, BLACK, null, null,
                    BLACK, bold, underline, options.margins(), options.pageSize(), 0, options.includePageNumbers());
        };
    }

    /** Page width in twips: 12240 for Letter, 11906 (210 mm, Word's own value) for A4. */
    int pageWidth() {
        return pageSize == TemplateOptions.PageSize.A4 ? 11906 : twips(pageSize.widthInches());
    }

    /** Page height in twips: 15840 for Letter, 16838 (297 mm) for A4. */
    int pageHeight() {
        return pageSize == TemplateOptions.PageSize.A4 ? 16838 : twips(pageSize.heightInches());
    }

    /** Width between the left and right margins, in twips. */
    int textWidth() {
        return pageWidth() - twips(margins.left()) - twips(margins.right());
    }

    /** Inches to twips. */
    static int twips(double inches) {
        return (int) Math.round(inches * 1440);
    }

    private static String hex(String color, String fallback) {
        if (color == null || !color.matches("#?[0-9A-Fa-f]{6}")) {
            return fallback;
        }
        return (color.startsWith("#") ? color.substring(1) : color).toUpperCase(Locale.ROOT);
    }

    /** {@code color} mixed with white: {@code share} 0.9 keeps 10 % of the colour. */
    static String tint(String color, double share) {
        int[] rgb = rgb(color);
        StringBuilder out = new StringBuilder();
        for (int c : rgb) {
            out.append(String.format(Locale.ROOT, "%02X", (int) Math.round(c + (255 - c) * share)));
        }
        return out.toString();
    }

    /**
     * {@code color} darkened until it reaches a contrast of 4.5:1 on white (WCAG AA for text), so
     * a light secondary colour such as sky blue stays readable for dates and places.
     */
    static String darken(String color) {
        int[] rgb = rgb(color);
        double factor = 1.0;
        while (contrastOnWhite(rgb, factor) < 4.5 && factor > 0.05) {
            factor -= 0.05;
        }
        StringBuilder out = new StringBuilder();
        for (int c : rgb) {
            out.append(String.format(Locale.ROOT, "%02X", (int) Math.round(c * factor)));
        }
        return out.toString();
    }

    private static double contrastOnWhite(int[] rgb, double factor) {
        double l = 0.2126 * linear(rgb[0] * factor) + 0.7152 * linear(rgb[1] * factor) + 0.0722 * linear(rgb[2] * factor);
        return 1.05 / (l + 0.05);
    }

    private static double linear(double channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int[] rgb(String color) {
        return new int[] {Integer.parseInt(color.substring(0, 2), 16), Integer.parseInt(color.substring(2, 4), 16),
                Integer.parseInt(color.substring(4, 6), 16)};
    }
}
