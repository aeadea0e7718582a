package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.adapters.rendering.pdf.FlyingSaucerPdfRenderer;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.IDocumentRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Word-processor check: LibreOffice ({@code soffice --headless --convert-to pdf}) lays out the
 * DOCX of every sample in every template; each must convert, keep its text, and come out within
 * one page of our own PDF of the same sample and template (but for the documented
 * {@link #KNOWN_GAPS}). Skipped, with the reason in the report, when soffice is not installed
 * ({@code apt-get install libreoffice-writer-nogui}).
 */
class LibreOfficeComparisonTest {
    /**
     * Cases allowed to differ by more than one page, each with its reason and the largest gap
     * accepted. The creative PDF keeps every entry on one page (CSS page-break-inside: avoid); in
     * the DOCX the entries sit in the sidebar table's cell, where neither Word nor LibreOffice
     * honour "keep with next", so the long sample packs tighter. (The PDF's sidebar also comes out
     * wider than sidebar_width, which narrows its main column.) See docs/docx.md.
     */
    private static final Map<String, Integer> KNOWN_GAPS = Map.of("resume-long-multipage--creative", 3);

    @Test
    void docxPagesMatchOurPdfWithinOnePage(@TempDir Path dir) throws Exception {
        Optional<Path> soffice = findOnPath("soffice", "libreoffice");
        Assumptions.assumeTrue(soffice.isPresent(),
                "soffice is not installed: the LibreOffice page-count comparison is skipped");

        PoiDocxRenderer docx = new PoiDocxRenderer();
        IDocumentRenderer pdf = new FlyingSaucerPdfRenderer();
        Map<String, Integer> ourPages = new LinkedHashMap<>();
        Map<String, String> firstLine = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        for (Samples.Sample sample : Samples.all()) {
            for (Template template : TemplateCatalog.all()) {
                String name = sample.name() + "--" + template.id();
                Files.write(dir.resolve(name + ".docx"), docx.render(sample.content(), template, template.defaults())
                        .bytes());
                ourPages.put(name, pdf.render(sample.content(), template, template.defaults()).pageCount());
                firstLine.put(name, sample.content().header().name().strip());
                files.add(dir.resolve(name + ".docx").toString());
            }
        }

        List<String> command = new ArrayList<>(List.of(soffice.get().toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", dir.resolve("out").toString()));
        command.addAll(files);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("soffice finished in time").isTrue();

        List<String> report = new ArrayList<>();
        List<String> tooFar = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ourPages.entrySet()) {
            File converted = dir.resolve("out").resolve(e.getKey() + ".pdf").toFile();
            assertThat(converted).as("LibreOffice converted %s (log: %s)", e.getKey(),
                    Files.readString(dir.resolve("soffice.log"))).exists();
            try (PDDocument document = Loader.loadPDF(converted)) {
                int pages = document.getNumberOfPages();
                assertThat(new PDFTextStripper().getText(document)).containsIgnoringCase(firstLine.get(e.getKey()));
                report.add("%-45s docx->pdf %d page(s), our pdf %d".formatted(e.getKey(), pages, e.getValue()));
                if (Math.abs(pages - e.getValue()) > KNOWN_GAPS.getOrDefault(e.getKey(), 1)) {
                    tooFar.add(e.getKey() + ": LibreOffice " + pages + ", ours " + e.getValue());
                }
            }
        }
        System.out.println("LibreOffice page counts (" + soffice.get() + "):\n" + String.join("\n", report));
        assertThat(tooFar).as("more than one page apart").isEmpty();
    }

    private static Optional<Path> findOnPath(String... names) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(dir -> Stream.of(names).map(n -> Path.of(dir, n)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
