package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.adapters.rendering.pdf.FlyingSaucerPdfRenderer;
import com.jobwise.export.domain.model.DocumentContent;
import com.jobwise.export.domain.model.Template;
import com.jobwise.export.domain.model.TemplateCatalog;
import com.jobwise.export.domain.port.IDocumentRenderer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures, without asserting on time, the warm single-thread time to render
 * resume-backend-engineer as DOCX and, for comparison, as PDF, with the modern template and its
 * defaults. The figures go to standard output.
 */
class RenderTimingTest {
    private static final int WARM_UP = 30;
    private static final int MEASURED = 100;

    @Test
    void warmRenderTimeOfOneResume() {
        DocumentContent content = Samples.named("resume-backend-engineer").content();
        Template template = TemplateCatalog.MODERN;
        double[] docx = measure(new PoiDocxRenderer(), content, template);
        double[] pdf = measure(new FlyingSaucerPdfRenderer(), content, template);
        System.out.printf("Warm render of resume-backend-engineer (modern, single thread, %d runs): "
                        + "DOCX median %.2f ms (p90 %.2f), PDF median %.2f ms (p90 %.2f)%n",
                MEASURED, docx[0], docx[1], pdf[0], pdf[1]);
        assertThat(docx[0]).isPositive();
        assertThat(pdf[0]).isPositive();
    }

    /** Median and 90th percentile in milliseconds. */
    private static double[] measure(IDocumentRenderer renderer, DocumentContent content, Template template) {
        for (int i = 0; i < WARM_UP; i++) {
            renderer.render(content, template, template.defaults());
        }
        double[] times = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            byte[] bytes = renderer.render(content, template, template.defaults()).bytes();
            times[i] = (System.nanoTime() - start) / 1e6;
            assertThat(bytes).isNotEmpty();
        }
        Arrays.sort(times);
        return new double[] {times[MEASURED / 2], times[MEASURED * 9 / 10]};
    }
}
