package com.jobwise.export.bootstrap.load;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.jobwise.export.adapters.rendering.pdf.FlyingSaucerPdfRenderer;
import com.jobwise.export.adapters.rendering.template.FontCatalog;
import com.jobwise.export.adapters.rendering.template.FreeMarkerXhtmlTemplates;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.RenderedDocument;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What rendering the load's document costs outside the service: the PDF renderer the service uses
 * ({@link FlyingSaucerPdfRenderer#render}: FreeMarker XHTML, layout, PDF, ATS check), called in this JVM, its thread's
 * CPU time per render; and WeasyPrint laying out the same XHTML (the template's output, with the same font files
 * declared by {@code @font-face}), timed inside one Python process after a warm-up.
 */
final class RenderCost {
    /** Median CPU and wall milliseconds per render, over {@code renders}, and the document's page count. */
    record Figures(double cpuMillis, double wallMillis, int renders, int pages) {
    }

    private static final Pattern NUMBER = Pattern.compile("\"(\\w+)\"\\s*:\\s*([0-9.]+)");

    private final DocumentContent content;
    private final Template template = TemplateCatalog.require(TemplateCatalog.DEFAULT_TEMPLATE_ID);
    private final TemplateOptions options;

    /** Reads {@code sample} (a generation document) as the service does for an export naming no template. */
    @SuppressWarnings("unchecked")
    RenderCost(Path sample) throws IOException {
        Map<String, Object> generation = JsonMapper.builder().build().readValue(Files.readString(sample), Map.class);
        DocumentType type = DocumentType.fromWireName(String.valueOf(generation.get("document_type")))
                .orElse(DocumentType.RESUME);
        this.content = ContentReader.read(type, (Map<String, Object>) generation.get("content_structured"));
        this.options = TemplateOptions.resolve(template, Map.of(), ExportFormat.PDF);
    }

    String templateId() {
        return template.id();
    }

    /** Renders and checks {@code warmUp} times unrecorded, then {@code renders} times; medians per render. */
    Figures renderAndCheck(int warmUp, int renders) {
        FlyingSaucerPdfRenderer renderer = new FlyingSaucerPdfRenderer();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int pages = 0;
        for (int i = 0; i < warmUp; i++) {
            pages = renderer.render(content, template, options).pageCount();
        }
        double[] cpu = new double[renders];
        double[] wall = new double[renders];
        for (int i = 0; i < renders; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            RenderedDocument document = renderer.render(content, template, options);
            wall[i] = (System.nanoTime() - wall0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
            pages = document.pageCount();
        }
        return new Figures(median(cpu), median(wall), renders, pages);
    }

    /**
     * Writes the XHTML the PDF renderer lays out for this document, the font files it names and a stylesheet
     * declaring them ({@code fonts.css}) into {@code dir}.
     *
     * @return the XHTML file
     */
    Path writeXhtml(Path dir) throws IOException {
        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        StringBuilder css = new StringBuilder();
        for (FontCatalog.Family family : FontCatalog.all()) {
            for (FontCatalog.Face face : family.faces()) {
                Path file = fonts.resolve(Path.of(face.resource()).getFileName().toString());
                try (InputStream in = FontCatalog.class.getClassLoader().getResourceAsStream(face.resource())) {
                    if (in == null) {
                        throw new IOException("font missing from the classpath: " + face.resource());
                    }
                    Files.write(file, in.readAllBytes());
                }
                css.append(String.format(Locale.ROOT,
                        "@font-face { font-family: '%s'; src: url('%s'); font-weight: %d; font-style: %s; }%n",
                        family.cssName(), file.toUri(), face.weight(), face.italic() ? "italic" : "normal"));
            }
        }
        Files.writeString(dir.resolve("fonts.css"), css);
        Path xhtml = dir.resolve("document.xhtml");
        Files.writeString(xhtml, new FreeMarkerXhtmlTemplates().render(content, template, options),
                StandardCharsets.UTF_8);
        return xhtml;
    }

    /**
     * Times WeasyPrint on {@code xhtml} (with {@code fonts.css} beside it) in one Python process: {@code warmUp}
     * unrecorded renders, then {@code renders}, each timed by {@code time.process_time()} (CPU) and
     * {@code time.perf_counter()} (wall); interpreter and import start-up are not counted.
     *
     * @throws IOException when Python or WeasyPrint fails, or it takes longer than 10 minutes
     */
    static Figures weasyPrint(String python, Path xhtml, int warmUp, int renders) throws IOException, InterruptedException {
        String script = """
                import json, statistics, sys, time
                import weasyprint
                from weasyprint.text.fonts import FontConfiguration
                html_path, css_path, warm, n = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
                fonts = FontConfiguration()
                css = weasyprint.CSS(filename=css_path, font_config=fonts)
                def once():
                    document = weasyprint.HTML(filename=html_path).render(stylesheets=[css], font_config=fonts)
                    document.write_pdf()
                    return len(document.pages)
                pages = 0
                for _ in range(warm):
                    pages = once()
                cpu, wall = [], []
                for _ in range(n):
                    c, w = time.process_time(), time.perf_counter()
                    pages = once()
                    cpu.append((time.process_time() - c) * 1000)
                    wall.append((time.perf_counter() - w) * 1000)
                print(json.dumps({"cpu": statistics.median(cpu), "wall": statistics.median(wall), "pages": pages}))
                """;
        Path scriptFile = xhtml.resolveSibling("weasyprint_timing.py");
        Files.writeString(scriptFile, script);
        Path log = xhtml.resolveSibling("weasyprint.log");
        Process process = new ProcessBuilder(python, scriptFile.toString(), xhtml.toString(),
                xhtml.resolveSibling("fonts.css").toString(), Integer.toString(warmUp), Integer.toString(renders))
                .redirectError(log.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("WeasyPrint took longer than 10 minutes");
        }
        if (process.exitValue() != 0) {
            throw new IOException("WeasyPrint failed (exit " + process.exitValue() + "); see " + log);
        }
        Map<String, Double> values = new java.util.HashMap<>();
        Matcher m = NUMBER.matcher(out);
        while (m.find()) {
            values.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        if (!values.containsKey("cpu")) {
            throw new IOException("unexpected WeasyPrint timing output: " + out);
        }
        return new Figures(values.get("cpu"), values.get("wall"), renders, values.get("pages").intValue());
    }

    /** WeasyPrint's version as its Python module reports it, or "unknown". */
    static String weasyPrintVersion(String python) {
        try {
            Process process = new ProcessBuilder(python, "-c", "import weasyprint; print(weasyprint.__version__)")
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
