package com.jobwise.export.domain.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The resolved formatting options of one export: a template's defaults overlaid with what the
 * request set, every value checked against the spec's "Template Options" and "Additional DOCX
 * Options" tables.
 *
 * @param fontSize      points, 9 to 14
 * @param lineSpacing   multiple of the font size, 1.0 to 2.0
 * @param margins       inches, each 0.25 to 2.0
 * @param sidebarWidth  creative template only: the sidebar's share of the page width in percent, 20 to 45
 * @param embedSource   PDF only: embed the structured content as {@code resume.json} /
 *                      {@code cover-letter.json} (option {@code embed_source}, default {@code true})
 * @param anonymize     remove contact details, links and the full name before rendering (option
 *                      {@code anonymize}, default {@code false}; see {@link ContentAnonymizer})
 * @param pdfStandard   PDF only: the accessibility / archiving standard the file must meet (option
 *                      {@code pdf_standard}: {@code "pdf/ua-1"} or {@code "pdf/a-3a"}; default none, the
 *                      deployment's PDF renderer). Any value routes the export to the tagged-PDF renderer.
 */
public record TemplateOptions(
        String fontFamily,
        int fontSize,
        String accentColor,
        double lineSpacing,
        Margins margins,
        boolean includePageNumbers,
        HeaderStyle headerStyle,
        PageSize pageSize,
        String primaryColor,
        String secondaryColor,
        int sidebarWidth,
        boolean includeComments,
        List<String> editableFields,
        boolean enableTrackChanges,
        Map<String, String> documentProperties,
        boolean embedSource,
        boolean anonymize,
        PdfStandard pdfStandard) {

    /** Options every template accepts, whatever its {@code customizable_options}. */
    public static final List<String> GENERAL_OPTIONS =
            List.of("margins", "include_page_numbers", "header_style", "page_size", "embed_source", "anonymize");

    /** Options only the PDF route accepts. */
    public static final List<String> PDF_OPTIONS = List.of("pdf_standard");

    /** Options only the DOCX route accepts (spec: "Additional DOCX Options"). */
    public static final List<String> DOCX_OPTIONS =
            List.of("include_comments", "editable_fields", "enable_track_changes", "document_properties");

    /** Section names {@code editable_fields} may hold. */
    public static final List<String> EDITABLE_FIELDS = List.of("contact_info", "professional_summary", "skills",
            "experience", "projects", "education", "letter");

    private static final Set<String> DOCUMENT_PROPERTIES = Set.of("author", "title", "subject", "keywords");
    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9A-Fa-f]{6}|#[0-9A-Fa-f]{3}");
    private static final int MIN_FONT = 9;
    private static final int MAX_FONT = 14;
    private static final double MIN_SPACING = 1.0;
    private static final double MAX_SPACING = 2.0;
    private static final double MIN_MARGIN = 0.25;
    private static final double MAX_MARGIN = 2.0;
    private static final int MIN_SIDEBAR = 20;
    private static final int MAX_SIDEBAR = 45;

    public TemplateOptions {
        editableFields = editableFields == null ? List.of() : List.copyOf(editableFields);
        documentProperties = documentProperties == null ? Map.of() : Map.copyOf(documentProperties);
        pdfStandard = pdfStandard == null ? PdfStandard.NONE : pdfStandard;
    }

    /** Options without a {@code pdf_standard} ({@link PdfStandard#NONE}). */
    public TemplateOptions(String fontFamily, int fontSize, String accentColor, double lineSpacing, Margins margins,
                           boolean includePageNumbers, HeaderStyle headerStyle, PageSize pageSize,
                           String primaryColor, String secondaryColor, int sidebarWidth, boolean includeComments,
                           List<String> editableFields, boolean enableTrackChanges,
                           Map<String, String> documentProperties, boolean embedSource, boolean anonymize) {
        this(fontFamily, fontSize, accentColor, lineSpacing, margins, includePageNumbers, headerStyle, pageSize,
                primaryColor, secondaryColor, sidebarWidth, includeComments, editableFields, enableTrackChanges,
                documentProperties, embedSource, anonymize, PdfStandard.NONE);
    }

    /** Options with the defaults of {@code embed_source} (true) and {@code anonymize} (false). */
    public TemplateOptions(String fontFamily, int fontSize, String accentColor, double lineSpacing, Margins margins,
                           boolean includePageNumbers, HeaderStyle headerStyle, PageSize pageSize,
                           String primaryColor, String secondaryColor, int sidebarWidth, boolean includeComments,
                           List<String> editableFields, boolean enableTrackChanges,
                           Map<String, String> documentProperties) {
        this(fontFamily, fontSize, accentColor, lineSpacing, margins, includePageNumbers, headerStyle, pageSize,
                primaryColor, secondaryColor, sidebarWidth, includeComments, editableFields, enableTrackChanges,
                documentProperties, true, false);
    }

    /** How section headings are emphasised (spec: {@code header_style}). */
    public enum HeaderStyle {
        BOLD, UNDERLINE, BOTH;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean bold() {
            return this != UNDERLINE;
        }

        public boolean underline() {
            return this != BOLD;
        }
    }

    /**
     * A tagged-PDF standard (option {@code pdf_standard}). Files of the tagged renderer meet both
     * PDF/UA-1 (ISO 14289-1) and PDF/A-3a (ISO 19005-3, level A); the value names the one required.
     */
    public enum PdfStandard {
        /** No standard asked for: the deployment's default PDF renderer. */
        NONE(null),
        /** PDF/UA-1: tagged, accessible PDF. */
        PDF_UA_1("pdf/ua-1"),
        /** PDF/A-3a: archival PDF, tagged (level A), with the source JSON as an associated file. */
        PDF_A_3A("pdf/a-3a");

        private final String wireName;

        PdfStandard(String wireName) {
            this.wireName = wireName;
        }

        /** {@code "pdf/ua-1"}, {@code "pdf/a-3a"}, or {@code null} for {@link #NONE}. */
        public String wireName() {
            return wireName;
        }
    }

    /** Paper size: US Letter (8.5 x 11 in, the default) or ISO A4 (210 x 297 mm). */
    public enum PageSize {
        LETTER(8.5, 11.0), A4(8.27, 11.69);

        private final double widthInches;
        private final double heightInches;

        PageSize(double widthInches, double heightInches) {
            this.widthInches = widthInches;
            this.heightInches = heightInches;
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public double widthInches() {
            return widthInches;
        }

        public double heightInches() {
            return heightInches;
        }
    }

    static TemplateOptions defaults(String font, int size, String accent, double spacing, Margins margins) {
        return new TemplateOptions(font, size, accent, spacing, margins, false, HeaderStyle.BOLD, PageSize.LETTER,
                accent, "#64748B", 30, false, List.of(), false, Map.of());
    }

    TemplateOptions withCreative(String primary, String secondary, int sidebar) {
        return new TemplateOptions(fontFamily, fontSize, accentColor, lineSpacing, margins, includePageNumbers,
                headerStyle, pageSize, primary, secondary, sidebar, includeComments, editableFields,
                enableTrackChanges, documentProperties, embedSource, anonymize, pdfStandard);
    }

    /**
     * Overlays {@code requested} (the request's {@code options} object as a JSON tree) on the
     * template's defaults.
     *
     * @param format the target format; DOCX options are refused for other formats
     * @throws InvalidOptionException naming the field, for an unknown option, an option the template
     *                                does not offer, or a value out of range
     */
    public static TemplateOptions resolve(Template template, Map<String, Object> requested, ExportFormat format) {
        TemplateOptions d = template.defaults();
        if (requested == null || requested.isEmpty()) {
            return d;
        }
        for (String key : requested.keySet()) {
            checkAllowed(template, key, format);
        }
        Map<String, Object> r = requested;
        String fontFamily = r.containsKey("font_family") ? fontFamily(template, r.get("font_family")) : d.fontFamily;
        int fontSize = r.containsKey("font_size") ? fontSize(r.get("font_size")) : d.fontSize;
        String accent = r.containsKey("accent_color") ? color("accent_color", r.get("accent_color")) : d.accentColor;
        double spacing = r.containsKey("line_spacing") ? lineSpacing(r.get("line_spacing")) : d.lineSpacing;
        Margins margins = r.containsKey("margins") ? margins(r.get("margins"), d.margins) : d.margins;
        boolean pageNumbers = r.containsKey("include_page_numbers")
                ? bool("include_page_numbers", r.get("include_page_numbers")) : d.includePageNumbers;
        HeaderStyle headerStyle = r.containsKey("header_style") ? headerStyle(r.get("header_style")) : d.headerStyle;
        PageSize pageSize = r.containsKey("page_size") ? pageSize(r.get("page_size")) : d.pageSize;
        String primary = r.containsKey("primary_color") ? color("primary_color", r.get("primary_color")) : d.primaryColor;
        String secondary = r.containsKey("secondary_color")
                ? color("secondary_color", r.get("secondary_color")) : d.secondaryColor;
        int sidebar = r.containsKey("sidebar_width") ? sidebarWidth(r.get("sidebar_width")) : d.sidebarWidth;
        boolean comments = r.containsKey("include_comments")
                ? bool("include_comments", r.get("include_comments")) : d.includeComments;
        List<String> editable = r.containsKey("editable_fields")
                ? editableFields(r.get("editable_fields")) : d.editableFields;
        boolean trackChanges = r.containsKey("enable_track_changes")
                ? bool("enable_track_changes", r.get("enable_track_changes")) : d.enableTrackChanges;
        Map<String, String> properties = r.containsKey("document_properties")
                ? documentProperties(r.get("document_properties")) : d.documentProperties;
        boolean embed = r.containsKey("embed_source") ? bool("embed_source", r.get("embed_source")) : d.embedSource;
        boolean anonymous = r.containsKey("anonymize") ? bool("anonymize", r.get("anonymize")) : d.anonymize;
        PdfStandard standard = r.containsKey("pdf_standard") ? pdfStandard(r.get("pdf_standard")) : d.pdfStandard;
        if (anonymous && properties.containsKey("author")) {
            // an explicit author would put the name back into an anonymised file's properties
            properties = new LinkedHashMap<>(properties);
            properties.remove("author");
        }
        return new TemplateOptions(fontFamily, fontSize, accent, spacing, margins, pageNumbers, headerStyle, pageSize,
                primary, secondary, sidebar, comments, editable, trackChanges, properties, embed, anonymous, standard);
    }

    private static void checkAllowed(Template template, String key, ExportFormat format) {
        if (GENERAL_OPTIONS.contains(key) || template.offers(key)) {
            return;
        }
        if (PDF_OPTIONS.contains(key)) {
            if (format == ExportFormat.PDF) {
                return;
            }
            throw new InvalidOptionException(key, key + " is a PDF option and cannot be used for "
                    + format.wireName() + " exports");
        }
        if (DOCX_OPTIONS.contains(key)) {
            if (format == ExportFormat.DOCX) {
                return;
            }
            throw new InvalidOptionException(key, key + " is a DOCX option and cannot be used for "
                    + format.wireName() + " exports");
        }
        throw new InvalidOptionException(key, "Option '" + key + "' is not available for template '" + template.id()
                + "'. Customizable options: " + String.join(", ", template.customizableOptions())
                + "; general options: " + String.join(", ", GENERAL_OPTIONS));
    }

    private static String fontFamily(Template template, Object value) {
        if (value instanceof String s) {
            for (String font : template.fonts()) {
                if (font.equalsIgnoreCase(s.trim())) {
                    return font;
                }
            }
        }
        throw new InvalidOptionException("font_family", "font_family must be one of: "
                + String.join(", ", template.fonts()));
    }

    private static int fontSize(Object value) {
        String message = "font_size must be between " + MIN_FONT + " and " + MAX_FONT;
        if (!(value instanceof Number n) || value instanceof Boolean) {
            throw new InvalidOptionException("font_size", message);
        }
        double size = n.doubleValue();
        if (size != Math.rint(size)) {
            throw new InvalidOptionException("font_size", "font_size must be a whole number between "
                    + MIN_FONT + " and " + MAX_FONT);
        }
        if (size < MIN_FONT || size > MAX_FONT) {
            throw new InvalidOptionException("font_size", message);
        }
        return (int) size;
    }

    private static double lineSpacing(Object value) {
        return range("line_spacing", value, MIN_SPACING, MAX_SPACING, "");
    }

    private static double range(String field, Object value, double min, double max, String unit) {
        String message = field + " must be between " + format(min) + " and " + format(max) + unit;
        if (!(value instanceof Number n)) {
            throw new InvalidOptionException(field, message);
        }
        double v = n.doubleValue();
        if (Double.isNaN(v) || v < min || v > max) {
            throw new InvalidOptionException(field, message);
        }
        return v;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.1f", v) : String.valueOf(v);
    }

    private static String color(String field, Object value) {
        if (value instanceof String s && HEX_COLOR.matcher(s).matches()) {
            return s.length() == 4
                    ? ("#" + s.charAt(1) + s.charAt(1) + s.charAt(2) + s.charAt(2) + s.charAt(3) + s.charAt(3))
                    .toUpperCase(Locale.ROOT)
                    : s.toUpperCase(Locale.ROOT);
        }
        throw new InvalidOptionException(field, field + " must be a hex color code such as #2563EB");
    }

    @SuppressWarnings("unchecked")
    private static Margins margins(Object value, Margins defaults) {
        if (!(value instanceof Map<?, ?> raw)) {
            throw new InvalidOptionException("margins", "margins must be an object with top, bottom, left and right in inches");
        }
        Map<String, Object> m = (Map<String, Object>) raw;
        for (String key : m.keySet()) {
            if (!Set.of("top", "bottom", "left", "right").contains(key)) {
                throw new InvalidOptionException("margins." + key,
                        "margins." + key + " is not a margin; use top, bottom, left and right");
            }
        }
        return new Margins(
                margin(m, "top", defaults.top()), margin(m, "bottom", defaults.bottom()),
                margin(m, "left", defaults.left()), margin(m, "right", defaults.right()));
    }

    private static double margin(Map<String, Object> m, String side, double fallback) {
        return m.containsKey(side) ? range("margins." + side, m.get(side), MIN_MARGIN, MAX_MARGIN, " inches")
                : fallback;
    }

    private static boolean bool(String field, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new InvalidOptionException(field, field + " must be true or false");
    }

    private static HeaderStyle headerStyle(Object value) {
        if (value instanceof String s) {
            for (HeaderStyle style : HeaderStyle.values()) {
                if (style.wireName().equals(s)) {
                    return style;
                }
            }
        }
        throw new InvalidOptionException("header_style", "header_style must be one of: bold, underline, both");
    }

    private static PdfStandard pdfStandard(Object value) {
        if (value instanceof String s) {
            for (PdfStandard standard : PdfStandard.values()) {
                if (standard != PdfStandard.NONE && standard.wireName().equalsIgnoreCase(s.trim())) {
                    return standard;
                }
            }
        }
        throw new InvalidOptionException("pdf_standard", "pdf_standard must be one of: pdf/ua-1, pdf/a-3a");
    }

    private static PageSize pageSize(Object value) {
        if (value instanceof String s) {
            for (PageSize size : PageSize.values()) {
                if (size.wireName().equalsIgnoreCase(s)) {
                    return size;
                }
            }
        }
        throw new InvalidOptionException("page_size", "page_size must be one of: letter, a4");
    }

    private static int sidebarWidth(Object value) {
        String message = "sidebar_width must be between " + MIN_SIDEBAR + " and " + MAX_SIDEBAR + " (percent of the page width)";
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                || n.intValue() < MIN_SIDEBAR || n.intValue() > MAX_SIDEBAR) {
            throw new InvalidOptionException("sidebar_width", message);
        }
        return n.intValue();
    }

    private static List<String> editableFields(Object value) {
        String message = "editable_fields must be an array of: " + String.join(", ", EDITABLE_FIELDS);
        if (!(value instanceof List<?> list)) {
            throw new InvalidOptionException("editable_fields", message);
        }
        List<String> fields = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String s) || !EDITABLE_FIELDS.contains(s)) {
                throw new InvalidOptionException("editable_fields", "editable_fields has an unknown section '"
                        + item + "'. Valid: " + String.join(", ", EDITABLE_FIELDS));
            }
            if (!fields.contains(s)) {
                fields.add(s);
            }
        }
        return fields;
    }

    private static Map<String, String> documentProperties(Object value) {
        String message = "document_properties must be an object with string values for author, title, subject, keywords";
        if (!(value instanceof Map<?, ?> raw)) {
            throw new InvalidOptionException("document_properties", message);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : raw.entrySet()) {
            if (!DOCUMENT_PROPERTIES.contains(String.valueOf(e.getKey()))) {
                throw new InvalidOptionException("document_properties." + e.getKey(),
                        "document_properties." + e.getKey() + " is not supported; use author, title, subject, keywords");
            }
            if (e.getValue() == null) {
                continue;
            }
            if (!(e.getValue() instanceof String s)) {
                throw new InvalidOptionException("document_properties." + e.getKey(), message);
            }
            properties.put(String.valueOf(e.getKey()), s);
        }
        return properties;
    }

    /** The spec's {@code option_constraints} object for {@code template}, keyed by option name. */
    static Map<String, Object> constraintsFor(Template template) {
        Map<String, Object> c = new LinkedHashMap<>();
        for (String option : template.customizableOptions()) {
            switch (option) {
                case "font_family" -> c.put(option, template.fonts());
                case "font_size" -> c.put(option, Map.of("min", MIN_FONT, "max", MAX_FONT));
                case "accent_color", "primary_color", "secondary_color" -> c.put(option, "Hex color code");
                case "line_spacing" -> c.put(option, Map.of("min", MIN_SPACING, "max", MAX_SPACING));
                case "margins" -> c.put(option, Map.of("min", MIN_MARGIN, "max", MAX_MARGIN, "unit", "inches"));
                case "sidebar_width" -> c.put(option, Map.of("min", MIN_SIDEBAR, "max", MAX_SIDEBAR, "unit", "percent"));
                default -> {
                }
            }
        }
        c.put("margins", Map.of("min", MIN_MARGIN, "max", MAX_MARGIN, "unit", "inches"));
        c.put("header_style", List.of("bold", "underline", "both"));
        c.put("page_size", List.of("letter", "a4"));
        c.put("embed_source", "boolean");
        c.put("anonymize", "boolean");
        c.put("pdf_standard", List.of("pdf/ua-1", "pdf/a-3a"));
        return c;
    }

    /** These options as the spec's snake_case JSON tree, as stored in {@code exports.options}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("font_family", fontFamily);
        m.put("font_size", fontSize);
        m.put("accent_color", accentColor);
        m.put("line_spacing", lineSpacing);
        Map<String, Object> margin = new LinkedHashMap<>();
        margin.put("top", margins.top());
        margin.put("bottom", margins.bottom());
        margin.put("left", margins.left());
        margin.put("right", margins.right());
        m.put("margins", margin);
        m.put("include_page_numbers", includePageNumbers);
        m.put("header_style", headerStyle.wireName());
        m.put("page_size", pageSize.wireName());
        m.put("primary_color", primaryColor);
        m.put("secondary_color", secondaryColor);
        m.put("sidebar_width", sidebarWidth);
        m.put("embed_source", embedSource);
        m.put("anonymize", anonymize);
        if (pdfStandard != PdfStandard.NONE) {
            m.put("pdf_standard", pdfStandard.wireName());
        }
        return m;
    }

    /** The defaults as the detail endpoint shows them: only the template's own and the general options. */
    public Map<String, Object> toDefaultsMap(Template template) {
        Map<String, Object> all = toMap();
        Map<String, Object> shown = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : all.entrySet()) {
            if (template.offers(e.getKey()) || GENERAL_OPTIONS.contains(e.getKey())
                    || e.getKey().equals("font_family") || e.getKey().equals("font_size")) {
                shown.put(e.getKey(), e.getValue());
            }
        }
        return shown;
    }
}
