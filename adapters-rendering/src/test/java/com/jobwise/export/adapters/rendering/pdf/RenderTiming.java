package com.jobwise.export.adapters.rendering.pdf;

import com.jobwise.export.adapters.rendering.image.FlyingSaucerPngPreviewRenderer;
import com.jobwise.export.domain.model.DocumentContent;
import com.jobwise.export.domain.model.Template;
import com.jobwise.export.domain.model.TemplateCatalog;

import java.util.Locale;

/**
 * Measurement aid, not a test: warm single-thread render time of resume-backend-engineer per
 * template, for the PDF alone, the PDF with its ATS check, and the PNG preview (best and median of
 * five batches, since the machine is shared).
 * Run with the test classpath: {@code java -cp ... com.jobwise.export.adapters.rendering.pdf.RenderTiming}.
 */
public final class RenderTiming {
    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        long start = System.nanoTime();
        FlyingSaucerPdfRenderer pdf = new FlyingSaucerPdfRenderer();
        FlyingSaucerPngPreviewRenderer png = new FlyingSaucerPngPreviewRenderer(pdf);
        System.out.printf(Locale.ROOT, "start-up (fonts, templates): %.0f ms%n", (System.nanoTime() - start) / 1e6);
        DocumentContent content = Samples.load("resume-backend-engineer").content();
        for (Template t : TemplateCatalog.all()) {
            for (int i = 0; i < warmup; i++) {
                pdf.render(content, t, t.defaults());
            }
            double[] pdfOnly = batches(runs, () -> pdf.renderPdf(content, t, t.defaults()));
            double[] withAts = batches(runs, () -> pdf.render(content, t, t.defaults()));
            double[] preview = batches(Math.max(5, runs / 10), () -> png.renderFirstPage(content, t, t.defaults(), true));
            System.out.printf(Locale.ROOT, "%-14s pdf %5.1f ms (median %5.1f)   pdf+ats %5.1f ms (median %5.1f)   "
                            + "png preview %6.1f ms (median %6.1f)%n",
                    t.id(), pdfOnly[0], pdfOnly[1], withAts[0], withAts[1], preview[0], preview[1]);
        }
    }

    /** Five batches of {@code runs}: the best and the median batch mean, in ms per call. */
    private static double[] batches(int runs, Runnable task) {
        double[] means = new double[5];
        for (int b = 0; b < means.length; b++) {
            means[b] = time(runs, task);
        }
        java.util.Arrays.sort(means);
        return new double[] {means[0], means[means.length / 2]};
    }

    private static double time(int runs, Runnable task) {
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            task.run();
        }
        return (System.nanoTime() - start) / 1e6 / runs;
    }
}
