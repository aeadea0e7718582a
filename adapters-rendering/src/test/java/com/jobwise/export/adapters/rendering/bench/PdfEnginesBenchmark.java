package com.jobwise.export.adapters.rendering.bench;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.jobwise.export.adapters.rendering.pdf.FlyingSaucerPdfRenderer;
import com.jobwise.export.adapters.rendering.pdfua.OpenHtmlToPdfRenderer;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The two PDF engines side by side, warm, single thread, per template: Flying Saucer (untagged) and
 * openhtmltopdf (tagged PDF/UA-1 + PDF/A-3a), each as an export runs it (render, embed the source,
 * ATS check). Run with {@code scripts/bench.sh PdfEnginesBenchmark}; results in {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx1g"})
public class PdfEnginesBenchmark {
    @Param({"modern", "classic", "creative", "ats-optimized"})
    public String template;

    @Param({"resume-backend-engineer.json", "resume-long-multipage.json"})
    public String sample;

    private final FlyingSaucerPdfRenderer flyingSaucer = new FlyingSaucerPdfRenderer();
    private final OpenHtmlToPdfRenderer openHtmlToPdf = new OpenHtmlToPdfRenderer();
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
    public byte[] flyingSaucer() {
        return flyingSaucer.render(content, chosen, chosen.defaults()).bytes();
    }

    @Benchmark
    public byte[] openHtmlToPdfTagged() {
        return openHtmlToPdf.render(content, chosen, chosen.defaults()).bytes();
    }
}
