package com.jobwise.export.adapters.rendering.bench;

import com.jobwise.export.adapters.rendering.ats.PdfAtsChecker;
import com.jobwise.export.adapters.rendering.pdf.FlyingSaucerPdfRenderer;
import com.jobwise.export.adapters.rendering.pdf.Samples;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The CPU time of the ATS check alone ({@link PdfAtsChecker#check}) on Flying Saucer's PDFs, beside the
 * CPU time of rendering the same PDF without it: thread CPU time (ThreadMXBean), warm, median of many
 * runs, so a loaded shared machine inflates it little. Run from the module directory (samples are read
 * from {@code ../examples/generations}). Usage: {@code java -cp ... AtsCheckCpuTime [checks per case]
 * [renders per case, 0 for none]}.
 */
public final class AtsCheckCpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private interface Work {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int checks = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int renders = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        FlyingSaucerPdfRenderer renderer = new FlyingSaucerPdfRenderer();
        PdfAtsChecker checker = new PdfAtsChecker();
        System.out.println("CPU ms, median (check of " + checks + ", render of " + renders + " after as many warm-up runs)");
        for (String name : List.of("resume-backend-engineer", "resume-long-multipage")) {
            Samples.Sample sample = Samples.load(name);
            for (Template template : TemplateCatalog.all()) {
                byte[] pdf = renderer.renderPdf(sample.content(), template, template.defaults()).bytes();
                double check = median(checks, () -> checker.check(pdf, sample.content(), template));
                double render = renders == 0 ? Double.NaN
                        : median(renders, () -> renderer.renderPdf(sample.content(), template, template.defaults()));
                System.out.printf(Locale.ROOT, "%-24s %-14s check %6.2f  render without check %6.2f  check/render %3.0f %%%n",
                        name, template.id(), check, render, 100 * check / render);
            }
        }
    }

    private static double median(int runs, Work work) throws Exception {
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            work.run();
            nanos[i] = THREADS.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[runs / 2] / 1e6;
    }
}
