package com.jobwise.export.domain.template;

import com.jobwise.export.domain.content.ContentAnonymizer;
import com.jobwise.export.domain.content.Letter;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.export.ExportFormat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static com.jobwise.export.domain.template.OptionValues.*;

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
 * @param language      the document's language (option {@code language}: a BCP 47 tag whose language
 *                      is one of {@link #LANGUAGES}, e.g. {@code fr} or {@code pt-BR}); {@code null}
 *                      when not set: the content's declared language, else English
 * @param maxPages      PDF: the most pages the document may take (option {@code max_pages}, 1 to 5);
 *                      the renderer shrinks spacing, margins and font size within the template's
 *                      limits to fit. 0 when not set.
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
        String language,
        int maxPages,
        PdfStandard pdfStandard) {

    /** Options every template accepts, whatever its {@code customizable_options}. */
    public static final List<String> GENERAL_OPTIONS =
            List.of("margins", "include_page_numbers", "header_style", "page_size", "embed_source", "anonymize",
                    "language", "max_pages");

    /** The languages option {@code language} accepts (ISO 639-1): headings, dates and labels exist in each. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "pt", "pl");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("([A-Za-z]{2})(?:-[A-Za-z0-9]{2,8})*");
    private static final int MIN_PAGES = 1;
    private static final int MAX_PAGES = 5;

    /** Options only the PDF route accepts. */
    public static final List<String> PDF_OPTIONS = List.of("pdf_standard");

    /** Options only the DOCX route accepts (spec: "Additional DOCX Options"). */
    public static final List<String> DOCX_OPTIONS =
            List.of("include_comments", "editable_fields", "enable_track_changes", "document_properties");

    /** Section names {@code editable_fields} may hold. */
    public static final List<String> EDITABLE_FIELDS = List.of("contact_info", "professional_summary", "skills",
            "experience", "projects", "education", "letter");

    /** Options without a language or a page limit ({@code language} and {@code max_pages} not set). */
    public TemplateOptions(String fontFamily, int fontSize, String accentColor, double lineSpacing, Margins margins,
                           boolean includePageNumbers, HeaderStyle headerStyle, PageSize pageSize,
                           String primaryColor, String secondaryColor, int sidebarWidth, boolean includeComments,
                           List<String> editableFields, boolean enableTrackChanges,
                           Map<String, String> documentProperties, boolean embedSource, boolean anonymize) {
        this(fontFamily, fontSize, accentColor, lineSpacing, margins, includePageNumbers, headerStyle, pageSize,
                primaryColor, secondaryColor, sidebarWidth, includeComments, editableFields, enableTrackChanges,
                documentProperties, embedSource, anonymize, null, 0, PdfStandard.NONE);
    }

    /** These options with another font size, line spacing and margins (fitting {@code max_pages}). */
    public TemplateOptions withLayout(int size, double spacing, Margins newMargins) {
        return new TemplateOptions(fontFamily, size, accentColor, spacing, newMargins, includePageNumbers,
                headerStyle, pageSize, primaryColor, secondaryColor, sidebarWidth, includeComments, editableFields,
                enableTrackChanges, documentProperties, embedSource, anonymize, language, maxPages, pdfStandard);
    }

    public TemplateOptions {
        editableFields = editableFields == null ? List.of() : List.copyOf(editableFields);
        documentProperties = documentProperties == null ? Map.of() : Map.copyOf(documentProperties);
        pdfStandard = pdfStandard == null ? PdfStandard.NONE : pdfStandard;
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
                enableTrackChanges, documentProperties, embedSource, anonymize, language, maxPages, pdfStandard);
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
        String fontFamily = r.containsKey("font_family") ? OptionValues.fontFamily(template, r.get("font_family")) : d.fontFamily;
        int fontSize = r.containsKey("font_size") ? OptionValues.fontSize(r.get("font_size")) : d.fontSize;
        String accent = r.containsKey("accent_color") ? OptionValues.color("accent_color", r.get("accent_color")) : d.accentColor;
        double spacing = r.containsKey("line_spacing") ? OptionValues.lineSpacing(r.get("line_spacing")) : d.lineSpacing;
        Margins margins = r.containsKey("margins") ? OptionValues.margins(r.get("margins"), d.margins) : d.margins;
        boolean pageNumbers = r.containsKey("include_page_numbers")
                ? OptionValues.bool("include_page_numbers", r.get("include_page_numbers")) : d.includePageNumbers;
        HeaderStyle headerStyle = r.containsKey("header_style") ? OptionValues.headerStyle(r.get("header_style")) : d.headerStyle;
        PageSize pageSize = r.containsKey("page_size") ? OptionValues.pageSize(r.get("page_size")) : d.pageSize;
        String primary = r.containsKey("primary_color") ? OptionValues.color("primary_color", r.get("primary_color")) : d.primaryColor;
        String secondary = r.containsKey("secondary_color")
                ? OptionValues.color("secondary_color", r.get("secondary_color")) : d.secondaryColor;
        int sidebar = r.containsKey("sidebar_width") ? OptionValues.sidebarWidth(r.get("sidebar_width")) : d.sidebarWidth;
        boolean comments = r.containsKey("include_comments")
                ? OptionValues.bool("include_comments", r.get("include_comments")) : d.includeComments;
        List<String> editable = r.containsKey("editable_fields")
                ? OptionValues.editableFields(r.get("editable_fields")) : d.editableFields;
        boolean trackChanges = r.containsKey("enable_track_changes")
                ? OptionValues.bool("enable_track_changes", r.get("enable_track_changes")) : d.enableTrackChanges;
        Map<String, String> properties = r.containsKey("document_properties")
                ? OptionValues.documentProperties(r.get("document_properties")) : d.documentProperties;
        boolean embed = r.containsKey("embed_source") ? OptionValues.bool("embed_source", r.get("embed_source")) : d.embedSource;
        boolean anonymous = r.containsKey("anonymize") ? OptionValues.bool("anonymize", r.get("anonymize")) : d.anonymize;
        int maxPages = r.containsKey("max_pages") ? maxPages(r.get("max_pages")) : d.maxPages;
        PdfStandard standard = r.containsKey("pdf_standard") ? pdfStandard(r.get("pdf_standard")) : d.pdfStandard;
        if (anonymous && properties.containsKey("author")) {
            // an explicit author would put the name back into an anonymised file's properties
            properties = new LinkedHashMap<>(properties);
            properties.remove("author");
        }
        String language = r.containsKey("language") ? language(r.get("language")) : d.language;
        return new TemplateOptions(fontFamily, fontSize, accent, spacing, margins, pageNumbers, headerStyle, pageSize,
                primary, secondary, sidebar, comments, editable, trackChanges, properties, embed, anonymous, language,
                maxPages, standard);
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

    private static int maxPages(Object value) {
        if (!(value instanceof Number n) || value instanceof Boolean || n.doubleValue() != Math.rint(n.doubleValue())
                || n.intValue() < MIN_PAGES || n.intValue() > MAX_PAGES) {
            throw new InvalidOptionException("max_pages", "max_pages must be a whole number between "
                    + MIN_PAGES + " and " + MAX_PAGES);
        }
        return n.intValue();
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

    /** A BCP 47 tag whose primary language is one of {@link #LANGUAGES}, as given (trimmed). */
    private static String language(Object value) {
        String tag = value instanceof String s ? s.strip() : "";
        java.util.regex.Matcher m = LANGUAGE_TAG.matcher(tag);
        if (m.matches() && LANGUAGES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return tag;
        }
        throw new InvalidOptionException("language", "language must be one of " + String.join(", ", LANGUAGES)
                + " (optionally with a region, e.g. pt-BR)");
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
        c.put("language", LANGUAGES);
        c.put("max_pages", Map.of("min", MIN_PAGES, "max", MAX_PAGES));
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
        if (language != null) {
            m.put("language", language);
        }
        if (maxPages > 0) {
            m.put("max_pages", maxPages);
        }
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
