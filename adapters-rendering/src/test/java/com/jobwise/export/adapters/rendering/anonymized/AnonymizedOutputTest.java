package com.jobwise.export.adapters.rendering.anonymized;

import com.jobwise.export.adapters.rendering.docx.PoiDocxRenderer;
import com.jobwise.export.adapters.rendering.pdf.FlyingSaucerPdfRenderer;
import com.jobwise.export.adapters.rendering.pdf.PdfInspection;
import com.jobwise.export.adapters.rendering.pdf.PdfText;
import com.jobwise.export.adapters.rendering.pdf.Samples;
import com.jobwise.export.domain.content.ContentAnonymizer;
import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.export.FileNames;
import com.jobwise.export.domain.content.Header;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.adapters.rendering.text.DocumentLanguage;
import com.jobwise.export.adapters.rendering.text.Headings;
import com.jobwise.export.domain.content.ContentAnonymizer;
import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.export.FileNames;
import com.jobwise.export.domain.content.Header;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.IDocumentRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anonymised export, as the application produces it (content through {@link ContentAnonymizer},
 * options with {@code anonymize: true}, file name from {@link FileNames}), holds none of the
 * person's identifying strings anywhere a reader can find them, and still holds the resume.
 */
class AnonymizedOutputTest {
    private static final FlyingSaucerPdfRenderer PDF = new FlyingSaucerPdfRenderer();
    private static final PoiDocxRenderer DOCX = new PoiDocxRenderer();

    static Stream<Arguments> formatsTemplatesAndSamples() {
        List<Arguments> arguments = new ArrayList<>();
        for (ExportFormat format : List.of(ExportFormat.PDF, ExportFormat.DOCX)) {
            for (Template template : TemplateCatalog.all()) {
                for (Samples.Sample sample : Samples.all()) {
                    arguments.add(Arguments.of(format, template.id(), sample));
                }
            }
        }
        return arguments.stream();
    }

    /** The strings anonymisation must remove: contact details, links (also without scheme), full and last name. */
    static List<String> removedStrings(DocumentContent original) {
        Header h = original.header();
        List<String> values = new ArrayList<>();
        for (String v : new String[]{h.email(), h.phone(), h.location(), h.linkedin(), h.github(), h.website()}) {
            addLink(values, v);
        }
        if (original instanceof ResumeContent resume) {
            for (Section s : resume.sections()) {
                if (s instanceof Section.Projects p) {
                    p.entries().forEach(e -> addLink(values, e.url()));
                }
            }
        }
        if (h.name() != null && !h.name().isBlank()) {
            values.add(h.name().trim());
            String[] parts = h.name().trim().split("\\s+");
            values.add(parts[parts.length - 1]);
        }
        return values;
    }

    private static void addLink(List<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value.trim());
            values.add(value.trim().replaceFirst("^(https?://|mailto:)", "").replaceFirst("^www\\.", ""));
        }
    }

    /** A section heading and a bullet (or paragraph) the anonymised file must still show. */
    static List<String> keptStrings(DocumentContent anonymous) {
        if (anonymous instanceof CoverLetterContent letter) {
            return List.of(firstWords(letter.letter().paragraphs().getFirst()));
        }
        ResumeContent resume = (ResumeContent) anonymous;
        List<String> kept = new ArrayList<>();
        for (Section s : resume.sections()) {
            if (s instanceof Section.Experience x && !x.entries().isEmpty()) {
                // the heading in the document's language (the French and German samples)
                kept.add(Headings.of(x, DocumentLanguage.of(null, anonymous).wording()).toLowerCase(Locale.ROOT));
                kept.add(firstWords(x.entries().getFirst().bullets().getFirst()));
                return kept;
            }
        }
        throw new AssertionError("sample without experience");
    }

    private static String firstWords(String text) {
        String[] words = text.split("\\s+");
        return String.join(" ", List.of(words).subList(0, Math.min(3, words.length))).toLowerCase(Locale.ROOT);
    }

    @ParameterizedTest(name = "{0} {1} × {2}")
    @MethodSource("formatsTemplatesAndSamples")
    void noIdentifyingStringRemains(ExportFormat format, String templateId, Samples.Sample sample) throws IOException {
        Template template = TemplateCatalog.require(templateId);
        TemplateOptions options = TemplateOptions.resolve(template, Map.of("anonymize", true), format);
        DocumentContent anonymous = ContentAnonymizer.anonymize(sample.content());
        IDocumentRenderer renderer = format == ExportFormat.PDF ? PDF : DOCX;

        byte[] bytes = renderer.render(anonymous, template, options).bytes();
        String filename = FileNames.forExport(null, anonymous, format);

        String readable = (format == ExportFormat.PDF ? pdfReadable(bytes) : docxReadable(bytes)).toLowerCase(Locale.ROOT);
        List<String> removed = removedStrings(sample.content());
        assertThat(removed).isNotEmpty();
        for (String value : removed) {
            assertThat(readable).doesNotContain(value.toLowerCase(Locale.ROOT));
            assertThat(filename.toLowerCase(Locale.ROOT)).doesNotContain(value.toLowerCase(Locale.ROOT))
                    .doesNotContain(value.toLowerCase(Locale.ROOT).replace(' ', '_'));
        }
        for (String kept : keptStrings(anonymous)) {
            assertThat(readable).contains(kept);
        }
    }

    /** Extracted text, the document information, link targets and the embedded files of a PDF. */
    private static String pdfReadable(byte[] pdf) throws IOException {
        StringBuilder all = new StringBuilder(PdfText.normalize(PdfText.extract(pdf))).append('\n');
        all.append(String.join("\n", PdfInspection.linkUris(pdf))).append('\n');
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            for (String key : info.getMetadataKeys()) {
                all.append(info.getCustomMetadataValue(key)).append('\n');
            }
            if (document.getDocumentCatalog().getMetadata() != null) {
                all.append(new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8));
            }
            var names = document.getDocumentCatalog().getNames();
            assertThat(names).as("embedded source").isNotNull();
            for (PDComplexFileSpecification spec : names.getEmbeddedFiles().getNames().values()) {
                PDEmbeddedFile file = spec.getEmbeddedFile();
                all.append(new String(file.toByteArray(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    /** Every part of the DOCX package as text: body, headers, comments, properties, relationships (link targets). */
    private static String docxReadable(byte[] docx) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                all.append(xml.replace("&amp;", "&").replace("&#39;", "'").replace("&apos;", "'")
                        .replace("&quot;", "\"")).append('\n');
                // the visible text alone, runs joined, catches a value split across runs
                all.append(xml.replaceAll("<[^>]+>", "")).append('\n');
            }
        }
        return all.toString();
    }
}
