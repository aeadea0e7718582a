package com.jobwise.export.adapters.rendering.pdf;

import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.RenderedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The ATS-optimized template: text in content order, no table, no drawing, no image, bold headings alone on a line. */
class AtsOptimizedLayoutTest {
    private static final FlyingSaucerPdfRenderer RENDERER = new FlyingSaucerPdfRenderer();
    /** Operators that paint something other than text: strokes, fills, shadings, XObjects, inline images. */
    static final Set<String> PAINTING = Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI");

    static List<Samples.Sample> samples() {
        return Samples.all();
    }

    private static RenderedDocument render(Samples.Sample sample) {
        return RENDERER.render(sample.content(), TemplateCatalog.ATS_OPTIMIZED, TemplateCatalog.ATS_OPTIMIZED.defaults());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void visualReadingOrderIsContentOrder(Samples.Sample sample) {
        assertInContentOrder(sample, PdfText.normalize(PdfText.extractSorted(render(sample).bytes())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void contentStreamOrderIsContentOrderToo(Samples.Sample sample) {
        assertInContentOrder(sample, PdfText.normalize(PdfText.extract(render(sample).bytes())));
    }

    private static void assertInContentOrder(Samples.Sample sample, String text) {
        int cursor = 0;
        for (String s : ContentStrings.of(sample.content())) {
            int at = text.indexOf(PdfText.normalize(s), cursor);
            assertThat(at).as("'%s' after position %d in reading order", s, cursor).isGreaterThanOrEqualTo(0);
            cursor = at + PdfText.normalize(s).length();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void pagesHoldTextOnlyNoTablesLinesOrImages(Samples.Sample sample) {
        byte[] pdf = render(sample).bytes();

        Set<String> operators = PdfInspection.operators(pdf);
        assertThat(operators).contains("BT", "ET");
        assertThat(operators).doesNotContainAnyElementsOf(PAINTING);
        assertThat(PdfInspection.xObjects(pdf)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void headingsStandAloneInABoldFace(Samples.Sample sample) {
        List<PdfInspection.Line> lines = PdfInspection.lines(render(sample).bytes());

        List<String> headings = List.of("PROFESSIONAL SUMMARY", "SKILLS", "EXPERIENCE", "PROJECTS", "EDUCATION");
        List<PdfInspection.Line> found = lines.stream().filter(l -> headings.contains(l.text())).toList();
        if (sample.name().startsWith("resume")) {
            assertThat(found).isNotEmpty();
        }
        for (PdfInspection.Line heading : found) {
            assertThat(heading.fonts()).as(heading.text()).allMatch(f -> f.contains("Bold"));
        }
        PdfInspection.Line contact = lines.stream().filter(l -> l.text().contains("@")).findFirst().orElseThrow();
        assertThat(contact.text()).contains(" | ");
    }
}
