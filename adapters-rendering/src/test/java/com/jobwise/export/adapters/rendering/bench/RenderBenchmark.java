package com.jobwise.export.adapters.rendering.bench;

import com.jobwise.export.adapters.rendering.docx.PoiDocxRenderer;
import com.jobwise.export.adapters.rendering.image.FlyingSaucerPngPreviewRenderer;
import com.jobwise.export.adapters.rendering.pdf.FlyingSaucerPdfRenderer;
import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Time to render one document, warm, single thread: PDF and DOCX per template, and the PNG preview,
 * of a realistic two-page resume ({@code examples/generations/resume-backend-engineer.json}) and of the
 * long one. Run with {@code scripts/bench.sh}; results go to {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx1g"})
public class RenderBenchmark {
    @Param({"modern", "classic", "creative", "ats-optimized"})
    public String template;

    @Param({"resume-backend-engineer.json", "resume-long-multipage.json"})
    public String sample;

    private final FlyingSaucerPdfRenderer pdf = new FlyingSaucerPdfRenderer();
    private final PoiDocxRenderer docx = new PoiDocxRenderer();
    private final FlyingSaucerPngPreviewRenderer png = new FlyingSaucerPngPreviewRenderer(pdf);
    private DocumentContent content;
    private Template chosen;

    @Setup
    @SuppressWarnings("unchecked")
    public void load() throws IOException {
        Path file = Path.of(System.getProperty("samples.dir", "examples/generations"), sample);
        Map<String, Object> generation = JsonMapper.builder().build().readValue(Files.readString(file), Map.class);
        content = ContentReader.read(DocumentType.RESUME, (Map<String, Object>) generation.get("content_structured"));
        chosen = TemplateCatalog.require(template);
    }

    @Benchmark
    public byte[] pdf() {
        return pdf.render(content, chosen, chosen.defaults()).bytes();
    }

    /** The PDF without its embedded {@code resume.json}: the difference to {@link #pdf()} is what embedding costs. */
    @Benchmark
    public byte[] pdfWithoutEmbeddedSource() {
        return pdf.renderPdf(content, chosen, chosen.defaults(), false).bytes();
    }

    /** The PDF with its embedded {@code resume.json}, without the ATS check. */
    @Benchmark
    public byte[] pdfWithEmbeddedSource() {
        return pdf.renderPdf(content, chosen, chosen.defaults(), true).bytes();
    }

    @Benchmark
    public byte[] docx() {
        return docx.render(content, chosen, chosen.defaults()).bytes();
    }

    @Benchmark
    public byte[] pngPreview() {
        return png.renderFirstPage(content, chosen, chosen.defaults(), true);
    }
}
