package com.jobwise.export.adapters.rendering.pdfua;

import com.jobwise.export.adapters.rendering.pdf.PdfText;
import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.RenderedDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Characters the template's family lacks (arrows, stars, check marks, Armenian, Georgian) are set in the
 * fallback family, embedded, readable in the text layer, and the file stays PDF/UA-1 and PDF/A-3a.
 */
class FallbackGlyphsTest {
    private static final OpenHtmlToPdfRenderer RENDERER = new OpenHtmlToPdfRenderer();
    private static final String SYMBOLS = "Rated ★★★★★ → shipped ✓ on time; Հայերեն, ქართული";

    private static DocumentContent content() {
        Map<String, Object> header = new HashMap<>();
        header.put("name", "Ani Beridze");
        header.put("email", "ani@example.org");
        Map<String, Object> summary = Map.of("type", "professional_summary", "content", SYMBOLS);
        return ContentReader.read(DocumentType.RESUME, Map.of("header", header, "sections", List.of(summary)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"modern", "classic", "creative", "ats-optimized"})
    void symbolsTheFamilyLacksComeFromTheFallbackFace(String templateId) throws IOException {
        Template template = TemplateCatalog.require(templateId);
        RenderedDocument document = RENDERER.render(content(), template, template.defaults());

        assertThat(PdfText.normalize(PdfText.extract(document.bytes()))).contains(PdfText.normalize(SYMBOLS));
        Set<String> fonts = new TreeSet<>();
        try (PDDocument pdf = Loader.loadPDF(document.bytes())) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        }
        assertThat(fonts).contains("DejaVuSans");
        assertThat(VeraPdf.failedChecks(document.bytes(), "ua1")).isEmpty();
        assertThat(VeraPdf.failedChecks(document.bytes(), "3a")).isEmpty();
    }
}
