package com.jobwise.export.adapters.rendering.template;

import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.error.TemplateNotFoundException;
import com.jobwise.export.domain.template.TemplateOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FreeMarkerXhtmlTemplatesTest {
    private static final FreeMarkerXhtmlTemplates TEMPLATES = new FreeMarkerXhtmlTemplates();

    static List<Template> templates() {
        return TemplateCatalog.all();
    }

    /** Every section type and every skill item shape. */
    static DocumentContent kitchenSink() {
        return ContentReader.read(DocumentType.RESUME, Map.of(
                "header", Map.of("name", "Ana <b>Bold</b> & \"Co\" 'x'", "title", "Engineer", "email", "ana@example.com",
                        "phone", "+1 555 0100", "location", "Porto", "linkedin", "https://linkedin.com/in/ana",
                        "github", "https://github.com/ana", "website", "https://ana.dev"),
                "sections", List.of(
                        Map.of("type", "professional_summary", "content", "Summary paragraph."),
                        Map.of("type", "skills", "categories", List.of(
                                Map.of("name", "Technical Skills", "items", List.of("Java", "SQL")),
                                Map.of("name", "Languages", "items", List.of(Map.of("name", "Portuguese", "proficiency", "native"))),
                                Map.of("name", "Certifications", "items", List.of(Map.of("name", "CKA", "issuer", "CNCF",
                                        "date_obtained", "2023-06-02", "expiry_date", "2026-06-02", "credential_id", "LF-1"))))),
                        Map.of("type", "experience", "entries", List.of(Map.of("title", "Staff Engineer", "company", "Acme",
                                "location", "Lisbon", "start_date", "2021-03", "is_current", true, "description", "Owns things.",
                                "bullets", List.of("Bullet one."), "achievements", List.of("Award won.")))),
                        Map.of("type", "projects", "entries", List.of(Map.of("name", "pgstream", "description", "CDC tool.",
                                "technologies", List.of("Java", "Kafka"), "url", "https://github.com/ana/pgstream"))),
                        Map.of("type", "education", "entries", List.of(Map.of("degree", "BSc", "field_of_study", "CS",
                                "institution", "Uni Porto", "gpa", 3.75, "honors", List.of("Cum Laude")))),
                        Map.of("type", "volunteering", "content", "Taught kids to code."))));
    }

    private static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everySectionTypeIsLaidOutAsWellFormedXhtml(Template template) throws Exception {
        String xhtml = TEMPLATES.render(kitchenSink(), template, template.defaults());
        Document dom = parse(xhtml);

        String text = dom.getDocumentElement().getTextContent();
        assertThat(text).contains("Ana <b>Bold</b> & \"Co\" 'x'", "Summary paragraph.", "Java", "SQL", "Portuguese",
                "native", "CKA", "CNCF", "Jun 2023", "Jun 2026", "Credential ID LF-1", "Staff Engineer", "Acme", "Lisbon",
                "Mar 2021 – Present", "Owns things.", "Bullet one.", "Award won.", "pgstream", "CDC tool.", "Java, Kafka",
                "github.com/ana/pgstream", "BSc in CS", "Uni Porto", "GPA 3.75", "Cum Laude", "Volunteering",
                "Taught kids to code.", "Professional Summary", "Skills", "Experience", "Projects", "Education");
        assertThat(xhtml).doesNotContain("<b>Bold</b>").contains("&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Co&quot; &#39;x&#39;");
        assertThat(dom.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "a").getLength()).isGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void coverLetterHasEveryPart(Template template) throws Exception {
        DocumentContent letter = ContentReader.read(DocumentType.COVER_LETTER, Map.of(
                "header", Map.of("name", "Ana Silva", "email", "ana@example.com"),
                "letter", Map.of("date", "2025-11-15", "subject", "Application", "greeting", "Dear Dana,",
                        "recipient", Map.of("name", "Dana Whitfield", "title", "Director", "company", "TechCorp",
                                "address", "500 Market Street\nSan Francisco"),
                        "paragraphs", List.of("First.", "Second."), "closing", "Sincerely,", "signature", "Ana Silva")));

        String text = parse(TEMPLATES.render(letter, template, template.defaults())).getDocumentElement().getTextContent();

        assertThat(text).contains("November 15, 2025", "Dana Whitfield", "Director", "TechCorp", "500 Market Street",
                "San Francisco", "Application", "Dear Dana,", "First.", "Second.", "Sincerely,", "Ana Silva");
    }

    @Test
    void optionsReachTheStylesheet() {
        Template t = TemplateCatalog.MODERN;
        String xhtml = TEMPLATES.render(kitchenSink(), t, TemplateOptions.resolve(t, Map.of("accent_color", "#DC2626",
                "font_family", "Calibri", "font_size", 12, "line_spacing", 1.5, "include_page_numbers", true,
                "header_style", "both", "page_size", "a4", "margins", Map.of("top", 0.5)), ExportFormat.PDF));

        assertThat(xhtml).contains("#DC2626", "font-family: \"Carlito\"", "font-size: 12pt", "line-height: 1.5",
                "counter(pages)", "text-decoration: none; border-bottom: 1.25pt solid", "font-weight: bold", "size: 210mm 297mm",
                "margin: 0.5in 0.75in 0.75in 0.75in");
    }

    @Test
    void onlyCatalogueTemplatesAreRendered() {
        Template m = TemplateCatalog.MODERN;
        Template other = new Template("lib", m.name(), m.description(), m.version(), m.bestFor(), m.atsScore(),
                m.features(), m.layout(), m.fonts(), m.colors(), m.sections(), m.customizableOptions(), m.defaults());

        assertThatThrownBy(() -> TEMPLATES.render(kitchenSink(), other, m.defaults()))
                .isInstanceOf(TemplateNotFoundException.class);
    }

    @Test
    void noTemplateSwitchesEscapingOffOrReachesJava() throws IOException {
        for (String file : List.of("lib.ftlh", "modern.ftlh", "classic.ftlh", "creative.ftlh", "ats-optimized.ftlh")) {
            String source;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("freemarker/" + file)) {
                assertThat(in).as(file).isNotNull();
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(source).as(file).startsWith("<#ftl output_format=\"HTML\"")
                    .doesNotContain("?no_esc", "noautoesc", "?api", "?new", "?eval", "?interpret", "<#include");
        }
    }
}
