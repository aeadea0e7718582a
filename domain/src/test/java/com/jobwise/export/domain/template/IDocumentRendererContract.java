package com.jobwise.export.domain.template;

import com.jobwise.export.domain.export.TestData;
import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.content.plaintext.PlainTextResumeParser;
import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.content.plaintext.PlainTextResumeParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The contract every {@link IDocumentRenderer} honours: for every template, resumes and cover
 * letters come out as a file of the renderer's format whose text holds what the content says.
 * Subclasses give the renderer and ways to read evidence back out of a produced file: its text, its page
 * count and the colours it paints with (the last two empty for formats that have no pages or no colours, whose
 * tests are then skipped, not passed).
 */
public abstract class IDocumentRendererContract {
    protected IDocumentRenderer renderer;

    protected abstract IDocumentRenderer createRenderer();

    /** The text a reader (an ATS) recovers from {@code file}, in reading order. */
    protected abstract String extractText(byte[] file);

    /** Pages of {@code file} as a viewer lays it out; empty when the format has no pages (JSON, DOCX before layout). */
    protected abstract OptionalInt pageCount(byte[] file);

    /**
     * Every colour {@code file} paints text, fills or lines with, as upper-case {@code #RRGGBB}; empty when the
     * format carries no colours.
     */
    protected abstract Optional<Set<String>> colorsUsed(byte[] file);

    /** An accent colour no template uses by default, so finding it proves the option reached the file. */
    protected static final String ACCENT = "#C0392B";

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

    @ParameterizedTest
    @MethodSource("templates")
    void aShortResumeIsOnePageWithItsHeadingsPrinted(Template template) {
        RenderedDocument document = renderer.render(resume(), template, template.defaults());
        OptionalInt pages = pageCount(document.bytes());
        assumeTrue(pages.isPresent(), "the format has no pages");

        assertThat(pages.getAsInt()).isEqualTo(1);
        assertThat(extractText(document.bytes()).toLowerCase(Locale.ROOT))
                .contains("zoë łukasiewicz-müller", "experience", "skills");
    }

    @Test
    void aLongResumeRunsOntoMorePages() {
        StringBuilder text = new StringBuilder("Maria Gonzalez\nOperations Manager\n\nEXPERIENCE\n");
        for (int i = 1; i <= 200; i++) {
            text.append("- Achievement number ").append(i).append(" cut costs by ").append(i).append(" percent.\n");
        }
        RenderedDocument document = renderer.render(PlainTextResumeParser.parse(text.toString()),
                TemplateCatalog.MODERN, TemplateCatalog.MODERN.defaults());
        OptionalInt pages = pageCount(document.bytes());
        assumeTrue(pages.isPresent(), "the format has no pages");

        assertThat(pages.getAsInt()).isGreaterThan(2);
        assertThat(extractText(document.bytes())).contains("Achievement number 1 cut", "Achievement number 200 cut");
    }

    @Test
    void theAccentColourOptionChangesAColourActuallyUsed() {
        Template template = TemplateCatalog.MODERN;
        TemplateOptions accented = TemplateOptions.resolve(template, Map.of("accent_color", ACCENT), renderer.format());
        Optional<Set<String>> withDefault = colorsUsed(renderer.render(resume(), template, template.defaults()).bytes());
        assumeTrue(withDefault.isPresent(), "the format carries no colours");
        Set<String> withAccent = colorsUsed(renderer.render(resume(), template, accented).bytes()).orElseThrow();

        assertThat(withDefault.get()).contains(template.defaults().accentColor().toUpperCase(Locale.ROOT))
                .doesNotContain(ACCENT);
        assertThat(withAccent).contains(ACCENT);
    }
}
