package com.jobwise.export.adapters.rendering.pdf;

import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.RenderedDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Embedded fonts, full character coverage, and the effect of every PDF option. */
class FontsAndOptionsTest {
    private static final FlyingSaucerPdfRenderer RENDERER = new FlyingSaucerPdfRenderer();

    static List<Template> templates() {
        return TemplateCatalog.all();
    }

    private static RenderedDocument render(String sample, Template template, Map<String, Object> options) {
        return RENDERER.render(Samples.load(sample).content(), template,
                TemplateOptions.resolve(template, options, ExportFormat.PDF));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyFontIsEmbeddedAndNoMultilingualCharacterIsLost(Template template) {
        for (String font : template.fonts()) {
            Samples.Sample sample = Samples.load("resume-multilingual");
            byte[] pdf = render("resume-multilingual", template, Map.of("font_family", font)).bytes();

            assertThat(PdfInspection.fonts(pdf)).isNotEmpty().allMatch(PdfInspection.FontUse::embedded);
            String text = PdfText.extract(pdf);
            assertThat(text).doesNotContain("\uFFFD");
            String characters = String.join("", ContentStrings.of(sample.content()));
            String missing = characters.codePoints().filter(cp -> !Character.isWhitespace(cp))
                    .filter(cp -> text.indexOf(Character.toString(cp)) < 0)
                    .mapToObj(Character::toString).distinct().collect(Collectors.joining());
            assertThat(missing).as("characters missing with %s", font).isEmpty();
            String normalized = PdfText.normalize(text);
            assertThat(normalized).contains("Zoë Łukasiewicz-Müller", "Ελληνικά", "Русский", "Tiếng Việt",
                    "« Faire simple, c’est compliqué. » — budget géré : 1,2 M€.", "Straßenbahn Dresden GmbH",
                    "Łódzkie Zakłady Mapowe");
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Helvetica, LiberationSans", "Arial, LiberationSans", "Calibri, Carlito",
            "Times New Roman, LiberationSerif", "Times, LiberationSerif", "Georgia, NotoSerif"})
    void fontFamilyOptionSelectsTheMetricCompatibleFace(String option, String embedded) {
        Template template = option.equals("Georgia") ? TemplateCatalog.CREATIVE
                : option.startsWith("Times") ? TemplateCatalog.CLASSIC : TemplateCatalog.MODERN;
        byte[] pdf = render("resume-new-graduate", template, Map.of("font_family", option)).bytes();

        assertThat(PdfInspection.fonts(pdf)).extracting(PdfInspection.FontUse::name)
                .allMatch(name -> name.contains(embedded), "every font is " + embedded);
    }

    @Test
    void glyphsTheChosenFontLacksAreSetInTheFallbackFont() {
        DocumentContent content = ContentReader.read(DocumentType.RESUME, Map.of(
                "header", Map.of("name", "Ana Símbolo"),
                "sections", List.of(Map.of("type", "experience", "entries", List.of(Map.of(
                        "title", "Engineer", "company", "Acme",
                        "bullets", List.of("Latency ≤ 20 ms → shipped ✓ rated ★★★★★ ⚡")))))));
        Template template = TemplateCatalog.CREATIVE;
        byte[] pdf = RENDERER.render(content, template,
                TemplateOptions.resolve(template, Map.of("font_family", "Georgia"), ExportFormat.PDF)).bytes();

        assertThat(PdfText.normalize(PdfText.extract(pdf))).contains("Latency ≤ 20 ms → shipped ✓ rated ★★★★★ ⚡");
        assertThat(PdfInspection.fonts(pdf)).extracting(PdfInspection.FontUse::name)
                .anyMatch(n -> n.contains("DejaVuSans")).anyMatch(n -> n.contains("NotoSerif"));
    }

    @Test
    void pageSizeLetterAndA4() throws IOException {
        byte[] letter = render("resume-new-graduate", TemplateCatalog.CLASSIC, Map.of()).bytes();
        byte[] a4 = render("resume-new-graduate", TemplateCatalog.CLASSIC, Map.of("page_size", "a4")).bytes();

        try (PDDocument l = Loader.loadPDF(letter); PDDocument a = Loader.loadPDF(a4)) {
            PDRectangle lb = l.getPage(0).getMediaBox();
            PDRectangle ab = a.getPage(0).getMediaBox();
            assertThat(lb.getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(lb.getHeight()).isCloseTo(792f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(ab.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(ab.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void pageNumbersReadPageNOfM(Template template) {
        RenderedDocument doc = render("resume-long-multipage", template, Map.of("include_page_numbers", true));
        RenderedDocument without = render("resume-long-multipage", template, Map.of());

        String text = PdfText.normalize(PdfText.extract(doc.bytes()));
        for (int page = 1; page <= doc.pageCount(); page++) {
            assertThat(text).contains("Page " + page + " of " + doc.pageCount());
        }
        assertThat(PdfText.extract(without.bytes())).doesNotContain("Page 1 of");
    }

    @Test
    void marginsMoveTheText() {
        float narrow = firstX(render("resume-new-graduate", TemplateCatalog.CLASSIC,
                Map.of("margins", Map.of("left", 0.5, "right", 0.5))).bytes());
        float wide = firstX(render("resume-new-graduate", TemplateCatalog.CLASSIC,
                Map.of("margins", Map.of("left", 2.0, "right", 2.0))).bytes());
        float ats = firstX(render("resume-new-graduate", TemplateCatalog.ATS_OPTIMIZED,
                Map.of("margins", Map.of("left", 1.5))).bytes());

        assertThat(ats).isCloseTo(108f, org.assertj.core.data.Offset.offset(1f));
        assertThat(wide).isGreaterThan(narrow);
    }

    private static float firstX(byte[] pdf) {
        return (float) PdfInspection.lines(pdf).stream().mapToDouble(PdfInspection.Line::firstX).min().orElseThrow();
    }

    @Test
    void fontSizeAndLineSpacingChangeTheLayout() {
        RenderedDocument small = render("resume-backend-engineer", TemplateCatalog.MODERN,
                Map.of("font_size", 9, "line_spacing", 1.0));
        RenderedDocument large = render("resume-backend-engineer", TemplateCatalog.MODERN,
                Map.of("font_size", 14, "line_spacing", 2.0));

        assertThat(large.pageCount()).isGreaterThan(small.pageCount());
        float smallBody = bodySize(small.bytes());
        float largeBody = bodySize(large.bytes());
        assertThat(smallBody).isCloseTo(9f, org.assertj.core.data.Offset.offset(0.1f));
        assertThat(largeBody).isCloseTo(14f, org.assertj.core.data.Offset.offset(0.1f));
    }

    private static float bodySize(byte[] pdf) {
        return PdfInspection.lines(pdf).stream().filter(l -> l.text().startsWith("Backend engineer with 9 years"))
                .findFirst().orElseThrow().fontSize();
    }

    @Test
    void headerStyleUnderlineDrawsALineAndDropsTheBoldFace() {
        byte[] bold = render("resume-new-graduate", TemplateCatalog.ATS_OPTIMIZED, Map.of()).bytes();
        byte[] underline = render("resume-new-graduate", TemplateCatalog.ATS_OPTIMIZED,
                Map.of("header_style", "underline")).bytes();
        byte[] both = render("resume-new-graduate", TemplateCatalog.ATS_OPTIMIZED, Map.of("header_style", "both")).bytes();

        assertThat(headingFonts(bold)).allMatch(f -> f.contains("Bold"));
        assertThat(headingFonts(underline)).noneMatch(f -> f.contains("Bold"));
        assertThat(headingFonts(both)).allMatch(f -> f.contains("Bold"));
        assertThat(PdfInspection.operators(bold)).doesNotContainAnyElementsOf(AtsOptimizedLayoutTest.PAINTING);
        assertThat(PdfInspection.operators(underline)).containsAnyElementsOf(AtsOptimizedLayoutTest.PAINTING);
    }

    private static List<String> headingFonts(byte[] pdf) {
        return PdfInspection.lines(pdf).stream().filter(l -> l.text().equals("EXPERIENCE"))
                .flatMap(l -> l.fonts().stream()).toList();
    }

    @Test
    void sidebarWidthMovesTheMainColumn() {
        float narrow = nameX(render("resume-new-graduate", TemplateCatalog.CREATIVE, Map.of("sidebar_width", 20)).bytes());
        float wide = nameX(render("resume-new-graduate", TemplateCatalog.CREATIVE, Map.of("sidebar_width", 45)).bytes());

        // sidebar_width is a share of the text width (the page less creative's 0.6 inch margins)
        assertThat(wide - narrow).isCloseTo(0.25f * (612 - 2 * 0.6f * 72), org.assertj.core.data.Offset.offset(3f));
    }

    private static float nameX(byte[] pdf) {
        float x = PdfInspection.xOf(pdf, "Sam");
        assertThat(x).isPositive();
        return x;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void singlePageResumesStayOnOnePageWithAnyMargins(Template template) {
        for (Map<String, Object> options : List.<Map<String, Object>>of(Map.of("margins", Map.of("top", 0.25, "bottom", 0.25)),
                Map.of("margins", Map.of("top", 1.5, "bottom", 1.5)), Map.of("page_size", "a4"))) {
            assertThat(render("resume-plain-text", template, options).pageCount()).as(options.toString()).isEqualTo(1);
        }
    }
}
