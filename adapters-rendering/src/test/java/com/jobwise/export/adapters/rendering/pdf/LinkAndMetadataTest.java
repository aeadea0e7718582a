package com.jobwise.export.adapters.rendering.pdf;

import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Clickable links for the header and project URLs, only for safe schemes; document metadata. */
class LinkAndMetadataTest {
    private static final FlyingSaucerPdfRenderer RENDERER = new FlyingSaucerPdfRenderer();

    static List<Template> templates() {
        return TemplateCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void headerAndProjectUrlsAreLinkAnnotations(Template template) {
        Samples.Sample sample = Samples.load("resume-backend-engineer");
        byte[] pdf = RENDERER.render(sample.content(), template, template.defaults()).bytes();

        assertThat(PdfInspection.linkUris(pdf)).contains(
                "mailto:jordan.alvarez@example.com",
                "https://www.linkedin.com/in/jordan-alvarez-nguyen",
                "https://github.com/jalvarez-ng",
                "https://jordan.dev",
                "https://github.com/jalvarez-ng/pgstream");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void unsafeSchemesArePrintedButNeverLinked(Template template) {
        DocumentContent content = ContentReader.read(DocumentType.RESUME, Map.of(
                "header", Map.of("name", "Mallory Example", "email", "mallory@example.com?subject=x&body=y",
                        "linkedin", "javascript:alert(1)", "github", "file:///etc/passwd",
                        "website", "linkedin.com/in/mallory"),
                "sections", List.of(Map.of("type", "projects", "entries", List.of(
                        Map.of("name", "Exploit", "url", "data:text/html;base64,PHNjcmlwdD4="))))));

        byte[] pdf = RENDERER.render(content, template, template.defaults()).bytes();

        assertThat(PdfInspection.linkUris(pdf)).containsExactly("https://linkedin.com/in/mallory");
        assertThat(PdfText.normalize(PdfText.extract(pdf))).contains("javascript:alert(1)", "file:///etc/passwd",
                "data:text/html;base64,PHNjcmlwdD4=", "mallory@example.com?subject=x&body=y");
    }

    @Test
    void documentInformationAndLanguageComeFromTheContent() throws IOException {
        Samples.Sample sample = Samples.load("resume-backend-engineer");
        byte[] pdf = RENDERER.render(sample.content(), TemplateCatalog.MODERN, TemplateCatalog.MODERN.defaults()).bytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Jordan Alvarez-Nguyen – Resume");
            assertThat(info.getAuthor()).isEqualTo("Jordan Alvarez-Nguyen");
            assertThat(info.getSubject()).isEqualTo("Resume – Senior Backend Engineer");
            assertThat(info.getKeywords()).isEqualTo("Java, Kafka, PostgreSQL, Distributed Systems");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void coverLetterMetadataAndALanguageFromTheGenerationMetadata() throws IOException {
        Samples.Sample sample = Samples.load("cover-letter-backend-engineer");
        byte[] letter = RENDERER.render(sample.content(), TemplateCatalog.CLASSIC, TemplateCatalog.CLASSIC.defaults()).bytes();
        DocumentContent french = ContentReader.read(DocumentType.RESUME, Map.of(
                "header", Map.of("name", "Zoë Müller"), "metadata", Map.of("language", "fr-FR")));
        byte[] resume = RENDERER.render(french, TemplateCatalog.CLASSIC, TemplateCatalog.CLASSIC.defaults()).bytes();

        try (PDDocument document = Loader.loadPDF(letter)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Jordan Alvarez-Nguyen – Cover Letter");
            assertThat(info.getSubject()).isEqualTo("Application for Staff Backend Engineer (Req. 4471)");
            assertThat(info.getKeywords()).isEqualTo("Staff Backend Engineer, TechCorp");
        }
        try (PDDocument document = Loader.loadPDF(resume)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
        }
    }
}
