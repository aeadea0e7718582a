package com.jobwise.export.adapters.rendering.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobwise.export.domain.format.FormatCatalog;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test helper: reads each text-based format back the way its consumers do, checking the format's own rules on
 * the way (JSON against the published schema, HTML free of script and remote resources, CSV as RFC 4180 with a
 * BOM), and answers the text a reader sees.
 */
public final class FormatReaders {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA = loadSchema();
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer MARKDOWN_HTML = HtmlRenderer.builder().build();
    /** The Commons CSV format the test re-reads with: RFC 4180, first record the header. */
    public static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private FormatReaders() {
    }

    private static Schema loadSchema() {
        try (InputStream in = FormatCatalog.class.getResourceAsStream(FormatCatalog.JSON_SCHEMA_RESOURCE)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 text. */
    public static String txt(byte[] file) {
        return new String(file, StandardCharsets.UTF_8);
    }

    /** The Markdown rendered to HTML by commonmark-java, as jsoup reads its text. */
    public static String markdownHtml(byte[] file) {
        return MARKDOWN_HTML.render(MARKDOWN.parse(txt(file)));
    }

    /** The text of the Markdown rendered back to HTML. */
    public static String markdown(byte[] file) {
        return Jsoup.parse(markdownHtml(file)).text();
    }

    /** The page's visible text, after checking it has no script and no remote resource. */
    public static String html(byte[] file) {
        Document page = Jsoup.parse(txt(file));
        assertThat(page.select("script, iframe, object, embed, link, img, base")).as("active or remote elements")
                .isEmpty();
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(a -> {
                assertThat(a.getKey().toLowerCase()).as("event handler").doesNotStartWith("on");
                if (a.getKey().equalsIgnoreCase("src")) {
                    assertThat(a.getValue()).as("src").isEmpty();
                }
                if (a.getKey().equalsIgnoreCase("href")) {
                    assertThat(element.tagName()).as("href outside <a>").isEqualTo("a");
                    assertThat(a.getValue()).as("href").matches("(?i)(https?://|mailto:).+");
                }
            });
        }
        assertThat(page.select("style").html()).as("no remote CSS").doesNotContainIgnoringCase("url(")
                .doesNotContainIgnoringCase("@import");
        return page.body().text();
    }

    /** The schema's errors for {@code file}. */
    public static List<String> jsonErrors(byte[] file) {
        return SCHEMA.validate(tree(file)).stream().map(Error::toString).toList();
    }

    /** The string values of the JSON document, after checking it validates against the published schema. */
    public static String json(byte[] file) {
        assertThat(jsonErrors(file)).as("schema errors").isEmpty();
        List<String> strings = new ArrayList<>();
        collect(tree(file), strings);
        return String.join("\n", strings);
    }

    public static JsonNode tree(byte[] file) {
        try {
            return JSON.readTree(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, List<String> strings) {
        if (node.isTextual()) {
            strings.add(node.asText());
        }
        node.forEach(child -> collect(child, strings));
    }

    /** The records of the CSV (BOM checked and skipped), header excluded. */
    public static List<CSVRecord> csvRecords(byte[] file) {
        assertThat(Arrays.copyOf(file, 3)).as("UTF-8 BOM").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSV.parse(new StringReader(text))) {
            assertThat(parser.getHeaderNames()).containsExactly("section", "title", "organisation", "location",
                    "start", "end", "description", "bullets");
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell of the CSV, one per line (bullets stay one per line). */
    public static String csv(byte[] file) {
        List<String> cells = new ArrayList<>();
        csvRecords(file).forEach(r -> r.forEach(cells::add));
        return String.join("\n", cells);
    }

    /** The text of the PDF pdflatex makes of the source, whitespace collapsed (see {@link LatexCompiler}). */
    public static String latex(byte[] file) {
        return LatexCompiler.text(LatexCompiler.compile(file));
    }
}
