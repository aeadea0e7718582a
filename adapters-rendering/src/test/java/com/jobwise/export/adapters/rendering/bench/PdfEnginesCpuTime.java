package com.jobwise.export.adapters.rendering.bench;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.jobwise.export.adapters.rendering.pdf.FlyingSaucerPdfRenderer;
import com.jobwise.export.adapters.rendering.pdfua.OpenHtmlToPdfRenderer;
import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.IDocumentRenderer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Companion of {@link PdfEnginesBenchmark} for a shared, loaded machine: the CPU time of the rendering
 * thread per PDF (ThreadMXBean), which other processes' load inflates far less than wall-clock time.
 * Usage: {@code java -cp ... PdfEnginesCpuTime [sample.json] [warm-up renders] [measured renders]}.
 */
public final class PdfEnginesCpuTime {
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        String sample = args.length > 0 ? args[0] : "resume-backend-engineer.json";
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Path file = Path.of(System.getProperty("samples.dir", "examples/generations"), sample);
        Map<String, Object> generation = JsonMapper.builder().build().readValue(Files.readString(file), Map.class);
        DocumentContent content = ContentReader.read(DocumentType.RESUME,
                (Map<String, Object>) generation.get("content_structured"));
        IDocumentRenderer[] engines = {new FlyingSaucerPdfRenderer(), new OpenHtmlToPdfRenderer()};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("sample " + sample + ", CPU ms per PDF (mean of " + measured + " after " + warmup + ")");
        for (Template template : TemplateCatalog.all()) {
            StringBuilder line = new StringBuilder(template.id());
            for (IDocumentRenderer engine : engines) {
                for (int i = 0; i < warmup; i++) {
                    engine.render(content, template, template.defaults());
                }
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < measured; i++) {
                    engine.render(content, template, template.defaults());
                }
                double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / measured;
                line.append(String.format(Locale.ROOT, " | %s %.1f", engine.getClass().getSimpleName(), ms));
            }
            System.out.println(line);
        }
    }
}
