package com.jobwise.export.adapters.rendering.text;

import com.jobwise.export.adapters.rendering.csv.CommonsCsvRenderer;
import com.jobwise.export.adapters.rendering.html.StandaloneHtmlRenderer;
import com.jobwise.export.adapters.rendering.json.StructuredJsonRenderer;
import com.jobwise.export.adapters.rendering.markdown.CommonMarkRenderer;
import com.jobwise.export.adapters.rendering.pdf.Samples;
import com.jobwise.export.adapters.rendering.txt.PlainTextRenderer;
import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of each text-based format beyond the contract, on the project's samples and purpose-made content. */
class FormatRulesTest {
    static final Template MODERN = TemplateCatalog.MODERN;
    static final DocumentContent BACKEND = Samples.load("resume-backend-engineer").content();

    static byte[] render(com.jobwise.export.domain.template.IDocumentRenderer renderer, DocumentContent content,
                         Map<String, Object> options) {
        return renderer.render(content, MODERN, TemplateOptions.resolve(MODERN, options, renderer.format())).bytes();
    }

    @Test
    void plainTextHasCapitalHeadingsOneLinePerBulletAndNoMarkup() {
        String text = new String(render(new PlainTextRenderer(), BACKEND, Map.of()), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();

        assertThat(lines.get(0)).isEqualTo("Jordan Alvarez-Nguyen");
        assertThat(lines).contains("PROFESSIONAL SUMMARY", "SKILLS", "EXPERIENCE", "PROJECTS", "EDUCATION",
                "Email: jordan.alvarez@example.com", "Mar 2021 – Present",
                "- Re-architected nightly settlement batch jobs into streaming pipelines on Kafka, reducing "
                        + "end-of-day settlement from 6 hours to 25 minutes.");
        assertThat(text).doesNotContain("<", "**", "](", "\t", "\r").doesNotContainPattern("(?m)^#");
        assertThat(text).endsWith("\n").doesNotContain("\n\n\n");
    }

    @Test
    void plainTextDoubleSpacesWithLineSpacingOfOneAndAHalf() {
        String single = new String(render(new PlainTextRenderer(), BACKEND, Map.of("line_spacing", 1.15)),
                StandardCharsets.UTF_8);
        String doubled = new String(render(new PlainTextRenderer(), BACKEND, Map.of("line_spacing", 1.5)),
                StandardCharsets.UTF_8);

        assertThat(single).contains("Jordan Alvarez-Nguyen\nSenior Backend Engineer\n");
        assertThat(doubled).contains("Jordan Alvarez-Nguyen\n\nSenior Backend Engineer\n\n");
        assertThat(doubled.replace("\n", "")).isEqualTo(single.replace("\n", ""));
    }

    @Test
    void markdownHasHeadingsListsAndSafeLinksAndLoosensListsWithLineSpacing() {
        String tight = new String(render(new CommonMarkRenderer(), BACKEND, Map.of()), StandardCharsets.UTF_8);
        String loose = new String(render(new CommonMarkRenderer(), BACKEND, Map.of("line_spacing", 2.0)),
                StandardCharsets.UTF_8);
        Document html = Jsoup.parse(FormatReaders.markdownHtml(tight.getBytes(StandardCharsets.UTF_8)));

        assertThat(html.select("h1").text()).isEqualTo("Jordan Alvarez-Nguyen");
        assertThat(html.select("h2").eachText()).containsExactly("Professional Summary", "Skills", "Experience",
                "Projects", "Education");
        assertThat(html.select("h3").eachText()).contains("Staff Software Engineer — Ledgerline Payments");
        assertThat(html.select("a[href]").eachAttr("href")).contains("mailto:jordan.alvarez@example.com",
                "https://www.linkedin.com/in/jordan-alvarez-nguyen", "https://github.com/jalvarez-ng/pgstream");
        assertThat(html.select("li p")).as("tight lists").isEmpty();
        assertThat(Jsoup.parse(FormatReaders.markdownHtml(loose.getBytes(StandardCharsets.UTF_8))).select("li p"))
                .as("loose lists").isNotEmpty();
        assertThat(FormatReaders.markdown(loose.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(FormatReaders.markdown(tight.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void csvHasOneRowPerEntryCrlfBomAndTheHeader() {
        byte[] file = render(new CommonsCsvRenderer(), BACKEND, Map.of());
        List<CSVRecord> rows = FormatReaders.csvRecords(file);

        assertThat(new String(file, StandardCharsets.UTF_8)).contains("bullets\r\n", "\"\r\nProfessional Summary,");
        assertThat(rows).extracting(r -> r.get("section")).containsExactly("Contact", "Professional Summary",
                "Skills", "Skills", "Skills", "Skills", "Experience", "Experience", "Experience", "Projects",
                "Projects", "Education");
        CSVRecord job = rows.get(6);
        assertThat(job.get("title")).isEqualTo("Staff Software Engineer");
        assertThat(job.get("organisation")).isEqualTo("Ledgerline Payments");
        assertThat(job.get("location")).isEqualTo("San Francisco, CA");
        assertThat(job.get("start")).isEqualTo("2021-03");
        assertThat(job.get("end")).isEqualTo("Present");
        assertThat(List.of(job.get("bullets").split("\n"))).hasSize(5).last().asString().startsWith("Highlights: ");
        assertThat(CommonsCsvRenderer.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(CommonsCsvRenderer.neutralise("@x")).isEqualTo("'@x");
        assertThat(CommonsCsvRenderer.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(CommonsCsvRenderer.neutralise("2021-03")).isEqualTo("2021-03");
    }

    @Test
    void jsonCarriesTheContentLosslesslyAndTheExportMetadata() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T10:15:30.123Z"), ZoneOffset.UTC);
        for (Samples.Sample sample : Samples.all()) {
            byte[] file = new StructuredJsonRenderer(clock).render(sample.content(), MODERN,
                    TemplateOptions.resolve(MODERN, Map.of("accent_color", "#DC2626"), ExportFormat.JSON)).bytes();

            assertThat(FormatReaders.jsonErrors(file)).as(sample.name()).isEmpty();
            @SuppressWarnings("unchecked")
            Map<String, Object> document = FormatReaders.JSON.readValue(file, Map.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> export = (Map<String, Object>) document.get("export");
            assertThat(export).containsEntry("format", "json").containsEntry("template", "modern")
                    .containsEntry("exported_at", "2026-12-02T10:15:30.123Z").containsEntry("generator", "jobwise-export");
            assertThat(export.get("options").toString()).contains("accent_color=#DC2626");
            DocumentType type = DocumentType.fromWireName((String) export.get("document_type")).orElseThrow();
            @SuppressWarnings("unchecked")
            Map<String, Object> content = (Map<String, Object>) document.get("content");
            assertThat(ContentReader.read(type, content)).as(sample.name()).isEqualTo(sample.content());
        }
        assertThat(FormatReaders.jsonErrors("{\"schema_version\": \"1.0\", \"content\": {}}".getBytes()))
                .as("the schema bites").isNotEmpty();
    }

    @Test
    void htmlIsAStandaloneResponsivePageWithAStrictPolicyInEveryTemplate() {
        for (Template template : TemplateCatalog.all()) {
            String page = new String(new StandaloneHtmlRenderer().render(BACKEND, template, template.defaults()).bytes(),
                    StandardCharsets.UTF_8);
            Document html = Jsoup.parse(page);

            assertThat(page).as(template.id()).startsWith("<!doctype html>");
            assertThat(html.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
            assertThat(html.select("meta[name=viewport]").attr("content")).contains("width=device-width");
            assertThat(html.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                    .isEqualTo(StandaloneHtmlRenderer.CONTENT_SECURITY_POLICY);
            assertThat(html.select("style").html()).contains("@media screen and (max-width: 720px)", "sans-serif")
                    .doesNotContain("Liberation Sans\";");
            assertThat(html.title()).isEqualTo("Jordan Alvarez-Nguyen – Resume");
            assertThat(FormatReaders.html(page.getBytes(StandardCharsets.UTF_8))).contains("Ledgerline Payments");
        }
    }
}
