package com.jobwise.export.domain.port;

import com.jobwise.export.domain.model.ContentReader;
import com.jobwise.export.domain.model.DocumentContent;
import com.jobwise.export.domain.model.DocumentType;
import com.jobwise.export.domain.model.PlainTextResumeParser;
import com.jobwise.export.domain.model.Template;
import com.jobwise.export.domain.model.TemplateCatalog;
import com.jobwise.export.domain.model.TemplateOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every {@link IDocumentRenderer} honours: for every template, resumes and cover
 * letters come out as a file of the renderer's format whose text holds what the content says.
 * Subclasses give the renderer and a way to read text back out of a produced file.
 */
public abstract class IDocumentRendererContract {
    protected IDocumentRenderer renderer;

    protected abstract IDocumentRenderer createRenderer();

    /** The text a reader (an ATS) recovers from {@code file}, in reading order. */
    protected abstract String extractText(byte[] file);

    /**
     * Whether layout options (font size, spacing, page numbers) change the file. A format without layout (CSV)
     * answers {@code false}, and {@link #optionsAreApplied} is skipped for it.
     */
    protected boolean honoursLayoutOptions() {
        return true;
    }

    @BeforeEach
    void setUpRenderer() {
        renderer = createRenderer();
    }

    static Stream<Template> templates() {
        return TemplateCatalog.all().stream();
    }

    static DocumentContent resume() {
        return ContentReader.read(DocumentType.RESUME, TestData.resumeTree("Zoë Łukasiewicz-Müller"));
    }

    static DocumentContent coverLetter() {
        return ContentReader.read(DocumentType.COVER_LETTER, Map.of(
                "header", Map.of("name", "Jordan Alvarez", "email", "jordan@example.com"),
                "letter", Map.of("date", "2025-11-15", "greeting", "Dear Ms. Whitfield,",
                        "recipient", Map.of("name", "Dana Whitfield", "company", "TechCorp"),
                        "paragraphs", List.of("I am applying for the Staff Engineer role.", "Thank you for your time."),
                        "closing", "Sincerely,", "signature", "Jordan Alvarez")));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void resumeTextIsRecoverable(Template template) {
        RenderedDocument document = renderer.render(resume(), template, template.defaults());

        assertThat(document.bytes()).isNotEmpty();
        String text = extractText(document.bytes());
        assertThat(text).contains("Zoë Łukasiewicz-Müller", "someone@example.com", "Software Engineer", "Acme",
                "Shipped things that matter.", "Builds reliable systems.", "Java");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void coverLetterTextIsRecoverable(Template template) {
        RenderedDocument document = renderer.render(coverLetter(), template, template.defaults());

        String text = extractText(document.bytes());
        assertThat(text).contains("Jordan Alvarez", "Dear Ms. Whitfield,", "I am applying for the Staff Engineer role.",
                "Thank you for your time.", "Sincerely,", "TechCorp");
    }

    @Test
    void plainTextResumeKeepsEveryLine() {
        DocumentContent content = PlainTextResumeParser.parse("Maria Gonzalez\nOperations Manager\n\nEXPERIENCE\n"
                + "- Cut dispatch time from 9 hours to 3.5 hours.");
        RenderedDocument document = renderer.render(content, TemplateCatalog.MODERN, TemplateCatalog.MODERN.defaults());

        assertThat(extractText(document.bytes())).contains("Maria Gonzalez", "Operations Manager",
                "Cut dispatch time from 9 hours to 3.5 hours.");
    }

    @Test
    void markupInUserTextIsPrintedNotInterpreted() {
        DocumentContent content = ContentReader.read(DocumentType.RESUME, TestData.resumeTree("<b>Eve</b> & <script>x</script>"));
        RenderedDocument document = renderer.render(content, TemplateCatalog.MODERN, TemplateCatalog.MODERN.defaults());

        assertThat(extractText(document.bytes())).contains("<b>Eve</b> & <script>x</script>");
    }

    @Test
    void optionsAreApplied() {
        Assumptions.assumeTrue(honoursLayoutOptions(), "the format has no layout");
        Template template = TemplateCatalog.MODERN;
        TemplateOptions options = TemplateOptions.resolve(template,
                Map.of("font_size", 14, "line_spacing", 2.0, "include_page_numbers", true),
                renderer.format());
        RenderedDocument big = renderer.render(resume(), template, options);
        RenderedDocument normal = renderer.render(resume(), template, template.defaults());

        assertThat(big.bytes()).isNotEqualTo(normal.bytes());
    }
}
