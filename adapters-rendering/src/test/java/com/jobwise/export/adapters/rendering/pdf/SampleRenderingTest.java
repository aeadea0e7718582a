package com.jobwise.export.adapters.rendering.pdf;

import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.RenderedDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every template with every sample generation of {@code examples/generations}. */
class SampleRenderingTest {
    private static final FlyingSaucerPdfRenderer RENDERER = new FlyingSaucerPdfRenderer();

    static Stream<Arguments> templatesAndSamples() {
        return TemplateCatalog.all().stream()
                .flatMap(t -> Samples.all().stream().map(s -> Arguments.of(t.id(), s)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templatesAndSamples")
    void pdfOpensAndHoldsEveryContentString(String templateId, Samples.Sample sample) throws IOException {
        Template template = TemplateCatalog.require(templateId);
        RenderedDocument document = RENDERER.render(sample.content(), template, template.defaults());

        try (PDDocument pdf = Loader.loadPDF(document.bytes())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(document.pageCount());
        }
        switch (sample.name()) {
            case "resume-new-graduate", "cover-letter-backend-engineer", "resume-plain-text" ->
                    assertThat(document.pageCount()).as("fits on one page").isEqualTo(1);
            case "resume-long-multipage" -> assertThat(document.pageCount()).isGreaterThanOrEqualTo(5);
            default -> assertThat(document.pageCount()).isBetween(1, 3);
        }
        String text = PdfText.normalize(PdfText.extract(document.bytes()));
        List<String> expected = ContentStrings.of(sample.content());
        assertThat(expected).isNotEmpty();
        for (String s : expected) {
            assertThat(text).as("%s/%s must contain %s", templateId, sample.name(), s).contains(PdfText.normalize(s));
        }
    }

    @Test
    void plainTextSampleIsLaidOutAsAStructuredResume() {
        Samples.Sample sample = Samples.load("resume-plain-text");
        RenderedDocument document = RENDERER.render(sample.content(), TemplateCatalog.CLASSIC,
                TemplateCatalog.CLASSIC.defaults());

        String sorted = PdfText.extractSorted(document.bytes());
        assertThat(sorted.lines().map(String::strip)).contains("PROFESSIONAL SUMMARY", "EXPERIENCE", "EDUCATION", "SKILLS");
        assertThat(sorted).contains("MARIA GONZÁLEZ", "Operations Manager", "SunCoast Distribution",
                "2019 – Present", "Florida International University");
    }
}
