package com.jobwise.export.adapters.rendering.pdfua;

import com.jobwise.export.adapters.rendering.pdf.ContentStrings;
import com.jobwise.export.adapters.rendering.pdf.PdfText;
import com.jobwise.export.adapters.rendering.pdf.Samples;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.RenderedDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template with every sample generation through the tagged renderer: veraPDF finds no failed
 * check for PDF/UA-1 nor for PDF/A-3a; the text layer holds every content string; the page count is
 * the Flying Saucer one's give or take a page; title, language, fonts and the source attachment are there.
 */
class OpenHtmlToPdfConformanceTest {
    private static final OpenHtmlToPdfRenderer RENDERER = new OpenHtmlToPdfRenderer();

    static Stream<Arguments> templatesAndSamples() {
        return TemplateCatalog.all().stream()
                .flatMap(t -> Samples.all().stream().map(s -> Arguments.of(t.id(), s)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templatesAndSamples")
    void veraPdfFindsNoFailedCheckForPdfUa1NorPdfA3a(String templateId, Samples.Sample sample) {
        Template template = TemplateCatalog.require(templateId);
        RenderedDocument document = RENDERER.render(sample.content(), template, template.defaults());

        assertThat(VeraPdf.failedChecks(document.bytes(), "ua1")).as("PDF/UA-1 failed checks").isEmpty();
        assertThat(VeraPdf.failedChecks(document.bytes(), "3a")).as("PDF/A-3a failed checks").isEmpty();
        assertThat(document.metadata()).containsEntry("pdf_standards", List.of("pdf/ua-1", "pdf/a-3a"));
    }

    static Stream<Arguments> templatesAndFonts() {
        return TemplateCatalog.all().stream().flatMap(t -> t.fonts().stream().map(f -> Arguments.of(t.id(), f)));
    }

    /** Every font of every template, with page numbers (page furniture), underlined headings, A4, small and large type. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templatesAndFonts")
    void everyFontWithPageNumbersAndExtremeSizesStaysConformant(String templateId, String font) {
        Template template = TemplateCatalog.require(templateId);
        for (int size : new int[]{9, 14}) {
            Map<String, Object> requested = new HashMap<>(Map.of("font_family", font, "include_page_numbers", true,
                    "header_style", "both", "page_size", "a4", "pdf_standard", "pdf/ua-1"));
            if (template.offers("font_size")) {
                requested.put("font_size", size);
            }
            TemplateOptions options = TemplateOptions.resolve(template, requested, ExportFormat.PDF);
            RenderedDocument document = RENDERER.render(Samples.load("resume-backend-engineer").content(), template, options);

            assertThat(VeraPdf.failedChecks(document.bytes(), "ua1")).as("PDF/UA-1 failed checks, %s pt", size).isEmpty();
            assertThat(VeraPdf.failedChecks(document.bytes(), "3a")).as("PDF/A-3a failed checks, %s pt", size).isEmpty();
            String text = PdfText.normalize(PdfText.extract(document.bytes()));
            assertThat(text).contains("Page 1 of " + document.pageCount());
            for (String s : ContentStrings.of(Samples.load("resume-backend-engineer").content())) {
                // Carlito's "ti" / "tt" ligatures once took letters out of the text layer
                assertThat(text).as("%s %s pt must contain %s", font, size, s).contains(PdfText.normalize(s));
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templatesAndSamples")
    void textPagesTitleLanguageFontsAndSourceAreRight(String templateId, Samples.Sample sample) throws IOException {
        Template template = TemplateCatalog.require(templateId);
        RenderedDocument document = RENDERER.render(sample.content(), template, template.defaults());

        // openhtmltopdf may break a line after a typographic apostrophe (c’ / est), which extraction reads as a
        // space; Flying Saucer's output keeps such words whole (ReadingOrder), the tagged engine does not yet
        String text = PdfText.normalize(PdfText.extract(document.bytes())).replace("\u2019 ", "\u2019");
        for (String s : ContentStrings.of(sample.content())) {
            assertThat(text).as("%s/%s must contain %s", templateId, sample.name(), s).contains(PdfText.normalize(s));
        }
        switch (sample.name()) {
            case "resume-new-graduate", "cover-letter-backend-engineer", "resume-plain-text" ->
                    assertThat(document.pageCount()).as("fits on one page").isEqualTo(1);
            case "resume-long-multipage" -> assertThat(document.pageCount()).isBetween(5, 9);
            default -> assertThat(document.pageCount()).isBetween(1, 3);
        }
        try (PDDocument pdf = Loader.loadPDF(document.bytes())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(document.pageCount());
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getTitle()).isNotBlank();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+(Liberation|Carlito|Noto|DejaVu).*");
                }
            }
            COSArray af = catalog.getCOSObject().getCOSArray(COSName.AF);
            assertThat(af).as("/AF").isNotNull();
            PDComplexFileSpecification spec = new PDComplexFileSpecification((COSDictionary) af.getObject(0));
            assertThat(spec.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Source");
            String json = new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
            assertThat(spec.getFileUnicode()).endsWith(".json");
            assertThat(json).contains(PdfText.normalize(ContentStrings.of(sample.content()).getFirst()));
        }
    }
}
