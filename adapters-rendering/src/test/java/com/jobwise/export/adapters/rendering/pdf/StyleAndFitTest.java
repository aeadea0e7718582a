package com.jobwise.export.adapters.rendering.pdf;

import com.jobwise.export.adapters.rendering.ats.TextLayerScan;
import com.jobwise.export.adapters.rendering.template.TemplateStyle;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.RenderedDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Colour contrast, the creative sidebar's width, header_style rules, letters and max_pages, each
 * measured from the produced PDF.
 */
class StyleAndFitTest {
    private static final FlyingSaucerPdfRenderer RENDERER = new FlyingSaucerPdfRenderer();
    private static final int WHITE = 0xFFFFFF;

    static List<Template> templates() {
        return TemplateCatalog.all();
    }

    private static TextLayerScan.Result scan(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return TextLayerScan.scan(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lowest contrast of any seen glyph against the last shape painted under it (white when none). */
    private static double worstContrast(byte[] pdf) {
        List<PdfFills.Shape> fills = PdfFills.of(pdf).stream().filter(PdfFills.Shape::filled)
                .filter(f -> f.bounds().getWidth() > 20 && f.bounds().getHeight() > 20).toList();
        double worst = 21;
        for (TextLayerScan.Glyph g : scan(pdf).glyphs()) {
            if (!g.seen() || g.text().isBlank()) {
                continue;
            }
            int background = WHITE;
            for (PdfFills.Shape f : fills) {
                if (f.page() == g.page() && f.bounds().contains(g.x() + g.width() / 2, g.y() - g.size() / 3)) {
                    background = f.rgb();
                }
            }
            worst = Math.min(worst, TemplateStyle.contrast(g.rgb(), background));
        }
        return worst;
    }

    private static RenderedDocument render(Template t, String sample, Map<String, Object> options) {
        return RENDERER.render(Samples.load(sample).content(), t, TemplateOptions.resolve(t, options, ExportFormat.PDF));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void defaultPalettesMeetWcagAaUnadjusted(Template t) {
        RenderedDocument doc = render(t, "resume-backend-engineer", Map.of());

        assertThat(doc.metadata()).doesNotContainKey("colors_adjusted");
        assertThat(worstContrast(doc.bytes())).isGreaterThanOrEqualTo(TemplateStyle.MIN_CONTRAST);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aYellowAccentIsDarkenedToReadableAndReported() {
        RenderedDocument doc = render(TemplateCatalog.MODERN, "resume-backend-engineer", Map.of("accent_color", "#FFFF00"));

        assertThat(worstContrast(doc.bytes())).isGreaterThanOrEqualTo(TemplateStyle.MIN_CONTRAST);
        List<Map<String, Object>> adjusted = (List<Map<String, Object>>) doc.metadata().get("colors_adjusted");
        assertThat(adjusted).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("option", "accent_color").containsEntry("requested", "#FFFF00");
            assertThat((Double) a.get("contrast")).isGreaterThanOrEqualTo(4.5);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void creativeYellowOnItsTintIsDarkenedToo() {
        RenderedDocument doc = render(TemplateCatalog.CREATIVE, "resume-backend-engineer",
                Map.of("primary_color", "#FFFF00", "secondary_color", "#FFEE58"));

        assertThat(worstContrast(doc.bytes())).isGreaterThanOrEqualTo(TemplateStyle.MIN_CONTRAST);
        assertThat((List<Map<String, Object>>) doc.metadata().get("colors_adjusted"))
                .extracting(a -> a.get("option")).containsExactlyInAnyOrder("primary_color", "secondary_color");
    }

    @ParameterizedTest(name = "sidebar_width {0}")
    @ValueSource(ints = {20, 32, 45})
    void theSidebarTakesItsShareOfTheTextWidth(int percent) {
        Template t = TemplateCatalog.CREATIVE;
        TemplateOptions options = TemplateOptions.resolve(t, Map.of("sidebar_width", percent), ExportFormat.PDF);
        byte[] pdf = RENDERER.renderPdf(Samples.load("resume-backend-engineer").content(), t, options, false).bytes();
        double textWidth = (options.pageSize().widthInches() - options.margins().left() - options.margins().right()) * 72;

        PdfFills.Shape sidebar = PdfFills.of(pdf).stream().filter(f -> f.page() == 1 && f.filled() && f.rgb() != WHITE)
                .max(Comparator.comparingDouble(f -> f.bounds().getWidth() * f.bounds().getHeight())).orElseThrow();

        assertThat(sidebar.bounds().getWidth() / textWidth * 100).isCloseTo(percent, within(1.0));
        assertThat(sidebar.bounds().getHeight()).as("the tinted box fills page 1").isGreaterThan(600);
    }

    @Test
    void creativePagesAfterTheFirstHaveNoSidebar() {
        byte[] pdf = RENDERER.renderPdf(Samples.load("resume-long-multipage").content(), TemplateCatalog.CREATIVE,
                TemplateCatalog.CREATIVE.defaults(), false).bytes();
        TextLayerScan.Result scan = scan(pdf);
        double left = TemplateCatalog.CREATIVE.defaults().margins().left() * 72;

        assertThat(PdfFills.of(pdf)).filteredOn(f -> f.page() > 1 && f.filled() && f.bounds().getHeight() > 200).isEmpty();
        assertThat(scan.glyphs().stream().filter(g -> g.page() == 2).mapToDouble(TextLayerScan.Glyph::x).min().orElseThrow())
                .as("page 2 text starts at the left margin").isLessThan(left + 20);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"underline", "both"})
    void anUnderlinedHeadingHasOneRuleAcrossTheColumnInTheAccentColour(String style) {
        Template t = TemplateCatalog.MODERN;
        TemplateOptions options = TemplateOptions.resolve(t, Map.of("header_style", style), ExportFormat.PDF);
        byte[] pdf = RENDERER.renderPdf(Samples.load("resume-backend-engineer").content(), t, options, false).bytes();
        double textWidth = (options.pageSize().widthInches() - options.margins().left() - options.margins().right()) * 72;
        List<PdfFills.Shape> rules = PdfFills.of(pdf).stream()
                .filter(f -> f.bounds().getWidth() > textWidth * 0.95 && f.bounds().getHeight() < 3).toList();
        List<String> headings = PdfText.extract(pdf).lines().map(String::strip)
                .filter(l -> List.of("PROFESSIONAL SUMMARY", "SKILLS", "EXPERIENCE", "PROJECTS", "EDUCATION").contains(l)).toList();
        int accent = Integer.parseInt(t.defaults().accentColor().substring(1), 16);

        assertThat(rules).filteredOn(r -> r.rgb() == accent).hasSize(headings.size() + 1); // + the header's rule
        assertThat(rules).filteredOn(r -> r.rgb() == 0xD7DCE3).as("no second, grey line").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void aLetterHasABusinessLetterMeasureSignatureSpaceAndBalance(Template t) {
        TemplateOptions options = t.defaults();
        byte[] pdf = RENDERER.renderPdf(Samples.load("cover-letter-backend-engineer").content(), t, options, false).bytes();
        TextLayerScan.Result scan = scan(pdf);
        List<String> lines = scan.text().lines().map(String::strip).toList();
        List<List<TextLayerScan.Glyph>> glyphLines = TextLayerScan.lines(scan.glyphs());

        int longest = lines.stream().filter(l -> l.startsWith("I am applying") || l.contains("idempotent"))
                .mapToInt(String::length).max().orElseThrow();
        assertThat(longest).as("characters per line").isBetween(60, 80);
        double closing = baseline(glyphLines, "Sincerely");
        double signature = glyphLines.stream().filter(l -> text(l).contains("Jordan Alvarez-Nguyen") && l.get(0).y() > closing)
                .mapToDouble(l -> l.get(0).y()).min().orElseThrow();
        double pitch = options.fontSize() * options.lineSpacing();
        assertThat((signature - closing) / pitch).as("lines from the closing to the signature").isBetween(3.0, 5.0);
        double contentBottom = scan.pageHeights().get(0) - options.margins().bottom() * 72;
        double contentHeight = contentBottom - options.margins().top() * 72;
        assertThat((contentBottom - signature) / contentHeight).as("share of the page left empty below").isLessThan(0.3);
    }

    private static String text(List<TextLayerScan.Glyph> line) {
        StringBuilder b = new StringBuilder();
        line.forEach(g -> b.append(g.text()));
        return b.toString();
    }

    private static double baseline(List<List<TextLayerScan.Glyph>> lines, String start) {
        return lines.stream().filter(l -> text(l).contains(start)).mapToDouble(l -> l.get(0).y()).max().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void maxPagesShrinksWithinTheTemplatesLimitsAndSaysWhat() {
        RenderedDocument doc = render(TemplateCatalog.MODERN, "resume-long-multipage", Map.of("max_pages", 4));

        assertThat(doc.pageCount()).isLessThanOrEqualTo(4);
        Map<String, Object> fit = (Map<String, Object>) doc.metadata().get("fit_to_pages");
        assertThat(fit).containsEntry("fits", true).containsEntry("max_pages", 4).containsEntry("pages", doc.pageCount());
        assertThat((Map<String, Object>) fit.get("changed")).isNotEmpty();
        assertThat(doc.metadata()).doesNotContainKey("warnings");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDocumentThatCannotFitIsRenderedAtTheTightestSettingsWithAWarning() {
        RenderedDocument doc = render(TemplateCatalog.CLASSIC, "resume-long-multipage", Map.of("max_pages", 1));

        Map<String, Object> fit = (Map<String, Object>) doc.metadata().get("fit_to_pages");
        assertThat(fit).containsEntry("fits", false);
        assertThat((Map<String, Object>) fit.get("changed")).containsKeys("line_spacing", "margins", "font_size");
        assertThat((List<String>) doc.metadata().get("warnings")).singleElement().asString().contains("max_pages 1");
    }

    @Test
    void aDocumentThatFitsIsLeftAlone() {
        RenderedDocument doc = render(TemplateCatalog.MODERN, "resume-new-graduate", Map.of("max_pages", 2));

        assertThat(doc.metadata().get("fit_to_pages")).isEqualTo(Map.of("max_pages", 2, "pages", doc.pageCount(),
                "fits", true, "changed", Map.of()));
    }
}
